import type { ExclusionReason, ServiceTicket, TicketStatus } from '../data/types';
import type { AgentProfile, DemoStaff } from './agents';
import {
  BEIJING_OFFSET_MS,
  DAY_MS,
  HOUR_MS,
  sampleArrivals,
  ticketWeekdayHours,
  ticketWeekendHours,
} from './calendar';
import type { CustomerProfiles } from './customers';
import { Cat, type DemoTeam, demoCategories, demoChannels, demoProducts } from './directory';
import { DEMO_SLICE, type ResolvedDemoOptions } from './options';
import { clamp, type Random } from './random';
import { RecurrenceQueue } from './recurrence-queue';
import { seconds, TicketFeedback } from './ticket-feedback';
import * as M from './ticket-model';

const MINUTE_MS = 60_000;
/**
 * A repeat fault is a new ticket within this window after the resolution
 * [RULES.md#metric-repeatFaultRate].
 */
const REPEAT_WINDOW_MS = 30 * DAY_MS;
/** Customers rarely open a new, unrelated ticket within five weeks of their last one. */
const CUSTOMER_QUIET_MINUTES = 35 * 24 * 60;

const categoryIds = demoCategories.map((c) => c.id);
const channelIds = demoChannels.map((c) => c.id);
const productIds = demoProducts.map((p) => p.id);

function minutesSince(start: number, t: number): number {
  return Math.floor((t - start) / MINUTE_MS);
}

/** Milliseconds until the desk opens (08:00–20:00 Beijing time, every day) for work arriving at `t`. */
function waitForOpening(t: number): number {
  const minute = Math.floor(((((t + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  if (minute < 8 * 60) return (8 * 60 - minute) * MINUTE_MS;
  if (minute >= 20 * 60) return (32 * 60 - minute) * MINUTE_MS;
  return 0;
}

/**
 * Draws the tickets one by one. The work is split over small methods writing scratch fields
 * (numbers and strings only), so that each compiles quickly and no per-ticket object is
 * allocated besides the ticket itself.
 */
class TicketGenerator {
  private readonly asOf: number;
  private readonly pdcaStart: number;
  private readonly pdcaLength: number;
  private readonly width: number;
  private readonly start: number;
  /** Minute (since `start`) of each customer's latest ticket. */
  private readonly lastSeen: Int32Array;
  private readonly ticketCustomer: Int32Array;
  private readonly ticketProduct: Int8Array;
  private readonly ticketCategory: Int8Array;
  private readonly ticketKind: Uint8Array;
  private readonly ticketResolvedAt: Float64Array;
  private readonly queue = new RecurrenceQueue();
  private readonly feedback: TicketFeedback;

  // Scratch of the ticket being drawn.
  private kind = 0;
  private category = -1;
  private product = 0;
  private status: TicketStatus = 'open';
  private firstResponseAt: number | undefined = undefined;
  private resolvedAt: number | undefined = undefined;
  private closedAt: number | undefined = undefined;
  private contacts = 1;
  private reopens = 0;
  private lateResponse = false;

  constructor(
    options: ResolvedDemoOptions,
    private readonly staff: DemoStaff,
    private readonly customers: CustomerProfiles,
    private readonly random: Random,
  ) {
    const { starts } = options.months;
    const n = options.tickets;
    this.asOf = starts[starts.length - 1] as number;
    this.pdcaStart = starts[options.pdcaIndex] as number;
    this.pdcaLength = (starts[options.pdcaIndex + 1] as number) - this.pdcaStart;
    this.width = Math.max(6, String(n).length);
    this.start = starts[0] as number;
    // A customer who joins in a later month counts as "seen" just before it: not picked earlier.
    const lastSeen = new Int32Array(customers.ids.length);
    for (let c = 0; c < lastSeen.length; c++) {
      const joined = customers.joinMonth[c] as number;
      lastSeen[c] =
        joined <= 0
          ? -CUSTOMER_QUIET_MINUTES - 1
          : minutesSince(this.start, starts[joined] as number) - CUSTOMER_QUIET_MINUTES;
    }
    this.lastSeen = lastSeen;
    this.ticketCustomer = new Int32Array(n);
    this.ticketProduct = new Int8Array(n);
    this.ticketCategory = new Int8Array(n);
    this.ticketKind = new Uint8Array(n);
    this.ticketResolvedAt = new Float64Array(n);
    this.feedback = new TicketFeedback(random, this.asOf);
  }

  /** The earliest scheduled repeat fault due by `createdAt` and still within the window, or −1. */
  private takeRecurrence(createdAt: number): number {
    const queue = this.queue;
    while (queue.size > 0 && queue.peekTime() <= createdAt) {
      const origin = queue.pop();
      if (createdAt - (this.ticketResolvedAt[origin] as number) <= REPEAT_WINDOW_MS - HOUR_MS)
        return origin;
    }
    return -1;
  }

  /** Up to eight tries for a customer who has joined and has been quiet for five weeks; else the quietest tried. */
  private pickCustomer(createdAt: number): number {
    const { random, lastSeen } = this;
    const count = lastSeen.length;
    const quietBefore = minutesSince(this.start, createdAt) - CUSTOMER_QUIET_MINUTES;
    let c = 0;
    let quietSince = 0x7fffffff;
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = random.int(count);
      const seen = lastSeen[candidate] as number;
      if (seen < quietSince) {
        c = candidate;
        quietSince = seen;
        if (seen < quietBefore) break;
      }
    }
    return c;
  }

  private pickAgent(teamIndex: number): AgentProfile {
    const staff = this.staff;
    const members = staff.teamAgents[teamIndex] as number[];
    const k = this.random.pickCumulative(staff.teamAgentWeights[teamIndex] as Float64Array);
    return staff.agents[members[k] as number] as AgentProfile;
  }

  /** Kind, cause and product: copied from the origin of a repeat fault, else drawn. */
  private drawSubject(origin: number, c: number, q: number, phase: number): void {
    const random = this.random;
    if (origin >= 0) {
      this.kind = this.ticketKind[origin] as number;
      this.category = this.ticketCategory[origin] as number;
      this.product = this.ticketProduct[origin] as number;
      return;
    }
    const complaintRate =
      M.baseComplaintRate * (1.3 - 0.6 * q) * (1 - M.topCauseReduction * 0.36 * phase);
    const kind = random.chance(complaintRate)
      ? M.Kind.complaint
      : random.pickCumulative(M.otherKindWeights);
    let category = -1;
    if (kind === M.Kind.complaint) {
      if (q < 0.3 && random.chance(0.15)) category = Cat.attitude;
      else
        category = random.pickCumulative(
          random.chance(phase) ? M.complaintCausesAfter : M.complaintCausesBefore,
        );
    } else if (kind === M.Kind.repair) category = random.pickCumulative(M.repairCauses);
    else if (kind === M.Kind.return) category = random.pickCumulative(M.returnCauses);
    const second = this.customers.product2[c] as number;
    this.kind = kind;
    this.category = category;
    this.product =
      second >= 0 && random.chance(0.35) ? second : (this.customers.product1[c] as number);
  }

  /** First response, resolution, closure and contacts, and the status they give at `asOf`. */
  private drawLifecycle(
    createdAt: number,
    q: number,
    phase: number,
    priority: number,
    channel: number,
    excluded: boolean,
  ): void {
    const { random, asOf } = this;
    const complaint = this.kind === M.Kind.complaint;
    // First response: wait for the desk to open, then a skewed working delay (or a forgotten queue).
    const late = random.chance(M.lateResponseProbability(q, phase) * (priority === 0 ? 0.3 : 1));
    const responseMs = late
      ? random.logNormal(36 * HOUR_MS, 0.4)
      : waitForOpening(createdAt) +
        random.logNormal(
          M.responseMedianHours(q, phase) *
            (M.responsePriorityFactor[priority] as number) *
            (M.channelResponseFactor[channel] as number) *
            HOUR_MS,
          1,
        );
    const respondedAt = seconds(createdAt + responseMs + 1000);
    // Resolution: skewed handling after the first response, sometimes slowed by parts or escalation.
    let handlingMs = random.chance(M.slowHandlingProbability(q))
      ? random.logNormal(96 * HOUR_MS, 0.5)
      : random.logNormal(
          (M.handlingMedianHours[this.kind] as number) *
            (M.handlingPriorityFactor[priority] as number) *
            M.handlingSkillFactor(q, phase) *
            HOUR_MS,
          0.85,
        );
    const reopened = random.chance(M.reopenProbability(q, complaint, phase));
    if (reopened) handlingMs += random.logNormal(24 * HOUR_MS, 0.6);
    const resolvedCandidate = seconds(respondedAt + handlingMs + MINUTE_MS);
    const stuck = random.chance(M.stuckProbability(q));
    const cancelled = !stuck && random.chance(0.004);
    const firstContact =
      !reopened && random.chance(M.firstContactProbability(q, this.kind === M.Kind.inquiry, phase));
    const contacts = firstContact
      ? 1
      : 2 + (random.chance(0.3) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);

    this.lateResponse = late;
    this.status = 'open';
    this.firstResponseAt = undefined;
    this.resolvedAt = undefined;
    this.closedAt = undefined;
    this.contacts = contacts;
    this.reopens = 0;
    if (excluded) {
      const closeAt = seconds(createdAt + random.logNormal(20 * MINUTE_MS, 0.8) + 1000);
      if (closeAt < asOf) {
        this.status = 'closed';
        this.closedAt = closeAt;
      }
      return;
    }
    if (respondedAt >= asOf) {
      this.contacts = 1;
      return;
    }
    this.firstResponseAt = respondedAt;
    if (cancelled) {
      const cancelAt = seconds(respondedAt + random.uniform(HOUR_MS, 48 * HOUR_MS));
      if (cancelAt < asOf) {
        this.status = 'closed';
        this.closedAt = cancelAt;
      }
    } else if (!stuck && resolvedCandidate < asOf) {
      this.resolvedAt = resolvedCandidate;
      this.reopens = reopened ? (random.chance(0.85) ? 1 : 2) : 0;
      // Complaints have an owner and a deadline: they are confirmed closed sooner (median 12 h).
      const leftOpen = random.chance(complaint ? M.complaintLeftOpenProbability(q) : 0.08);
      const closeAt = seconds(
        resolvedCandidate + random.logNormal((complaint ? 12 : 36) * HOUR_MS, 0.6),
      );
      if (!leftOpen && closeAt < asOf) {
        this.status = 'closed';
        this.closedAt = closeAt;
      } else this.status = 'resolved';
    } else {
      this.status = random.chance(0.45) ? 'pending' : 'open';
    }
  }

  /** Draws ticket `i`, created at `createdAt`. */
  ticket(i: number, createdAt: number): ServiceTicket {
    const random = this.random;
    const phase = clamp((createdAt - this.pdcaStart) / this.pdcaLength, 0, 1);
    const origin = this.takeRecurrence(createdAt);
    const c = origin >= 0 ? (this.ticketCustomer[origin] as number) : this.pickCustomer(createdAt);
    this.lastSeen[c] = minutesSince(this.start, createdAt);
    const teamIndex = this.customers.team[c] as number;
    const team = this.staff.teams[teamIndex] as DemoTeam;
    const agent = this.pickAgent(teamIndex);
    const q = agent.skill;
    this.drawSubject(origin, c, q, phase);
    const kind = this.kind;
    const priority = random.pickCumulative(
      kind === M.Kind.complaint
        ? M.complaintPriorityWeights
        : kind === M.Kind.inquiry
          ? M.inquiryPriorityWeights
          : M.priorityWeights,
    );
    const channel = random.pickCumulative(M.channelWeights);
    const draw = random.next();
    const excluded: ExclusionReason | undefined =
      draw < 0.006 ? 'duplicate' : draw < 0.008 ? 'spam' : draw < 0.01 ? 'test' : undefined;
    this.drawLifecycle(createdAt, q, phase, priority, channel, excluded !== undefined);
    const resolvedAt = this.resolvedAt;
    const feedback = this.feedback;
    if (resolvedAt === undefined) feedback.clear();
    else {
      const level = M.satisfactionLevel(
        q,
        phase,
        resolvedAt - createdAt,
        this.reopens > 0,
        kind === M.Kind.complaint,
        this.lateResponse,
      );
      feedback.draw(resolvedAt, level, q, phase, kind === M.Kind.inquiry);
      if (kind !== M.Kind.inquiry && random.chance(M.repeatFaultProbability(q, phase))) {
        const u = random.next();
        const at = resolvedAt + DAY_MS + 27 * DAY_MS * u * u;
        if (at < this.asOf) this.queue.push(at, i);
      }
    }
    this.ticketCustomer[i] = c;
    this.ticketKind[i] = kind;
    this.ticketCategory[i] = this.category;
    this.ticketProduct[i] = this.product;
    this.ticketResolvedAt[i] = resolvedAt ?? 0;
    // A few large accounts have contract SLAs tighter than the default policy.
    const contract = this.customers.size[c] === 2 && random.chance(0.2);
    const known = excluded === undefined;
    return {
      id: `T${String(i + 1).padStart(this.width, '0')}`,
      createdAt,
      status: this.status,
      firstResponseAt: this.firstResponseAt,
      resolvedAt,
      closedAt: this.closedAt,
      surveyedAt: feedback.surveyedAt,
      excluded,
      kind: M.kinds[kind],
      channel: channelIds[channel],
      priority: M.priorities[priority] ?? 'normal',
      category: this.category >= 0 ? categoryIds[this.category] : undefined,
      agentId: agent.id,
      teamId: team.id,
      customerId: this.customers.ids[c],
      productId: productIds[this.product],
      region: team.region,
      contacts: known ? this.contacts : undefined,
      reopens: known ? this.reopens : undefined,
      responseDueAt: contract ? createdAt + 4 * HOUR_MS : undefined,
      resolutionDueAt: contract ? createdAt + 12 * HOUR_MS : undefined,
      csat: feedback.csat,
      nps: feedback.nps,
      review: feedback.review,
      diagnosisCorrect: feedback.diagnosisCorrect,
      errors: feedback.errors,
      followUpAt: feedback.followUpAt,
      opportunities: feedback.opportunities,
      qa: feedback.qa,
      attributes: undefined,
    };
  }
}

/**
 * The tickets, in `createdAt` order with ids `T000001` … Arrivals follow the working-hour profile;
 * each ticket's customer (and so team and region), agent, kind, cause, timings, status at `asOf`
 * and feedback are drawn from the knobs in `ticket-model.ts`. Resolved tickets may schedule a
 * repeat fault (same customer, product and cause) that takes a later arrival slot. Yields the
 * number made after every {@link DEMO_SLICE} tickets, so a caller can pause (and be cancelled)
 * between slices; returns the tickets.
 */
export function* ticketSteps(
  options: ResolvedDemoOptions,
  staff: DemoStaff,
  customers: CustomerProfiles,
  random: Random,
): Generator<number, ServiceTicket[], void> {
  const n = options.tickets;
  const { starts } = options.months;
  const arrivals = sampleArrivals(
    n,
    starts[0] as number,
    starts[starts.length - 1] as number,
    ticketWeekdayHours,
    ticketWeekendHours,
    0.02,
    random,
  );
  const generator = new TicketGenerator(options, staff, customers, random);
  const tickets = new Array<ServiceTicket>(n);
  for (let i = 0; i < n; i++) {
    tickets[i] = generator.ticket(i, arrivals[i] as number);
    if ((i + 1) % DEMO_SLICE === 0) yield DEMO_SLICE;
  }
  return tickets;
}
