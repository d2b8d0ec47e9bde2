import type { ServiceTicket } from '../data/types';
import type { CustomerProfiles } from './customers';
import type { Random } from './random';

/** Who installed the customer's appliances (`customer.attributes.installer`). */
export const demoInstallers = ['in-house', 'partner'] as const;

/**
 * Adds `installer` to every customer profile, after the tickets exist, from its own random stream
 * (so no ticket, call or agent value changes): customers who rated a ticket 3 or lower were
 * installed by a partner firm six times in ten, the others about one in three. It is the demo's
 * built-in segment effect for cross-analysis (数据交叉分析 [RULES.md#seed-003-analysis]): tickets of
 * partner-installed customers are markedly less often satisfied. Mutates the shared `attributes`
 * objects, so the customer records made afterwards carry the field.
 */
export function assignInstallers(
  profiles: CustomerProfiles,
  tickets: readonly ServiceTicket[],
  random: Random,
): void {
  const index = new Map<string, number>();
  profiles.ids.forEach((id, c) => {
    index.set(id, c);
  });
  const unhappy = new Uint8Array(profiles.ids.length);
  for (const t of tickets) {
    if (t.customerId === undefined || t.csat === undefined || t.csat > 3) continue;
    const c = index.get(t.customerId);
    if (c !== undefined) unhappy[c] = 1;
  }
  for (let c = 0; c < profiles.ids.length; c++) {
    const partner = random.chance(unhappy[c] ? 0.6 : 0.35);
    (profiles.attributes[c] as Record<string, unknown>).installer = demoInstallers[partner ? 1 : 0];
  }
}
