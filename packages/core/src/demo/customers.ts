import type { Attributes, CustomerRecord } from '../data/types';
import type { DemoStaff } from './agents';
import type { DemoTeam } from './directory';
import { demoIndustries, demoProducts } from './directory';
import type { ResolvedDemoOptions } from './options';
import { cumulate, type Random } from './random';

const sizes = ['small', 'medium', 'large'] as const;
const sizeWeights = cumulate([0.62, 0.28, 0.1]);
const ordersPerMonth = [0.45, 0.9, 1.8];
const orderValue = [1800, 4500, 12000];
const industryWeights = cumulate(demoIndustries.map((i) => i.share));
const productWeights = cumulate(demoProducts.map((p) => p.share));

/** The customers, column-wise (typed arrays: the ticket generator reads them per ticket). */
export interface CustomerProfiles {
  ids: string[];
  /** Team serving the customer (its region is the customer's region). */
  team: Uint16Array;
  /** Owned products: `product2` is −1 when the customer owns one product. */
  product1: Uint8Array;
  product2: Int8Array;
  size: Uint8Array;
  /** Month index in which the customer joined; −1 = already a customer before the range. */
  joinMonth: Int8Array;
  attributes: Attributes[];
}

/**
 * Customer profiles. About 80 % were customers before the range; the others join evenly over
 * the months. Each owns one product (60 %) or two. Ids are `C00001` …
 */
export function createCustomerProfiles(
  options: ResolvedDemoOptions,
  staff: DemoStaff,
  random: Random,
): CustomerProfiles {
  const n = options.customers;
  const monthCount = options.months.keys.length;
  const width = Math.max(5, String(n).length);
  const profiles: CustomerProfiles = {
    ids: new Array<string>(n),
    team: new Uint16Array(n),
    product1: new Uint8Array(n),
    product2: new Int8Array(n),
    size: new Uint8Array(n),
    joinMonth: new Int8Array(n),
    attributes: new Array<Attributes>(n),
  };
  for (let c = 0; c < n; c++) {
    const team = random.pickCumulative(staff.teamWeights);
    const p1 = random.pickCumulative(productWeights);
    let p2 = -1;
    if (random.chance(0.4)) {
      p2 = random.pickCumulative(productWeights);
      if (p2 === p1) p2 = (p1 + 1) % demoProducts.length;
    }
    const size = random.pickCumulative(sizeWeights);
    const industry = size === 0 && random.chance(0.8) ? 0 : random.pickCumulative(industryWeights);
    profiles.ids[c] = `C${String(c + 1).padStart(width, '0')}`;
    profiles.team[c] = team;
    profiles.product1[c] = p1;
    profiles.product2[c] = p2;
    profiles.size[c] = size;
    profiles.joinMonth[c] = random.chance(0.8) ? -1 : random.int(monthCount);
    profiles.attributes[c] = {
      industry: (demoIndustries[industry] as (typeof demoIndustries)[number]).id,
      size: sizes[size] as string,
      region: (staff.teams[team] as DemoTeam).region,
      tenureYears: Math.round(random.uniform(0, 8) * 10) / 10,
    };
  }
  return profiles;
}

function poisson(lambda: number, random: Random): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

/**
 * One record per customer per month, from the month it joined (or the first month) through the
 * month it churns. Monthly churn is about 3 % (households more, large accounts less) and falls by
 * a fifth once the improvement cycle runs. Care contacts average 0.7 a month and rise to 1.0 with
 * the improvement (≈ 0.83 over the range: a weak spot below the scorecard's 1 a month). A customer's `attributes` object is
 * shared by all its records.
 */
export function createCustomerRecords(
  options: ResolvedDemoOptions,
  profiles: CustomerProfiles,
  random: Random,
): CustomerRecord[] {
  const { keys } = options.months;
  const records: CustomerRecord[] = [];
  const n = profiles.ids.length;
  for (let c = 0; c < n; c++) {
    const size = profiles.size[c] as number;
    const joined = profiles.joinMonth[c] as number;
    const attributes = profiles.attributes[c] as Attributes;
    const baseChurn = size === 2 ? 0.015 : attributes.industry === 'residential' ? 0.035 : 0.028;
    let priorOrders = joined < 0 && random.chance(0.6) ? 1 : 0;
    for (let m = Math.max(0, joined); m < keys.length; m++) {
      const phase = m < options.pdcaIndex ? 0 : m === options.pdcaIndex ? 0.5 : 1;
      const activeAtStart = m > joined;
      const churned = activeAtStart && random.chance(baseChurn * (1 - 0.2 * phase));
      const orders = poisson(ordersPerMonth[size] as number, random);
      let revenue = 0;
      let repeatRevenue = 0;
      for (let o = 0; o < orders; o++) {
        const value = Math.round(random.logNormal(orderValue[size] as number, 0.5));
        revenue += value;
        if (priorOrders > 0 && random.chance(0.45 + 0.05 * phase)) repeatRevenue += value;
        priorOrders++;
      }
      records.push({
        customerId: profiles.ids[c] as string,
        period: keys[m] as string,
        activeAtStart,
        activeAtEnd: !churned,
        orders,
        revenue,
        repeatRevenue,
        careContacts: poisson(0.7 + 0.3 * phase, random),
        attributes,
      });
      if (churned) break;
    }
  }
  return records;
}
