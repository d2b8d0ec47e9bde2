import type { ServiceTicket } from '../data/types';
import { isOpen, isResolved } from '../data/types';
import type { EvalContext, MetricSettings } from '../metrics/types';
import { SlaOutcome } from '../metrics/types';
import type { SlaPolicy } from '../sla/policy';
import { elapsedBetween, resolutionDueAt, responseDueAt } from '../sla/policy';
import type { BusinessCalendar } from '../time/calendar';

const F_FIRST = 1;
const F_RESOLUTION = 2;
const F_HANDLING = 4;
const F_RESPONSE_OUTCOME = 8;
const F_RESOLUTION_OUTCOME = 16;
const F_RESOLUTION_DUE = 32;

/**
 * The one context object of an evaluation. `begin(record, index)` points it at the next record;
 * derived values are computed on first request and cached until the next `begin`, so a ticket's
 * business-time durations and SLA outcomes are computed once however many metrics read them.
 */
export class TicketContext implements EvalContext {
  index = -1;
  /** Row of the current ticket in the repeat-fault outcomes. */
  row = -1;
  /**
   * Repeat-fault outcome per ticket row, or a function computing them on first use (`evaluate`
   * over a whole dataset), or `null` while unknown (a one-pass evaluation's first pass).
   */
  repeats: Int8Array | (() => Int8Array) | null = null;
  /**
   * While not `NaN`: the repeat-fault status `repeatFault()` reports (the engine classifies a
   * ticket under each possible status before the real ones are known; see `staged.ts`).
   */
  assumedRepeat = Number.NaN;
  /** How many times `repeatFault()` was read (tells whether an outcome depends on it). */
  repeatReads = 0;
  private ticket: ServiceTicket | null = null;
  private flags = 0;
  private first = Number.NaN;
  private resolution = Number.NaN;
  private handling = Number.NaN;
  private responseOutcomeValue: SlaOutcome = SlaOutcome.NoTarget;
  private resolutionOutcomeValue: SlaOutcome = SlaOutcome.NoTarget;
  private resolutionDue = Number.NaN;

  constructor(
    readonly asOf: number,
    readonly settings: MetricSettings,
    private readonly sla: SlaPolicy,
    private readonly calendar: BusinessCalendar | undefined,
  ) {}

  begin(ticket: ServiceTicket | null, index: number, row: number): void {
    this.ticket = ticket;
    this.index = index;
    this.row = row;
    this.flags = 0;
  }

  private elapsed(from: number, to: number): number {
    return elapsedBetween(from, to, this.calendar);
  }

  firstResponseMs(): number {
    if ((this.flags & F_FIRST) === 0) {
      this.flags |= F_FIRST;
      const t = this.ticket;
      const at =
        t === null ? undefined : (t.firstResponseAt ?? (isResolved(t) ? t.resolvedAt : undefined));
      this.first = t === null || at === undefined ? Number.NaN : this.elapsed(t.createdAt, at);
    }
    return this.first;
  }

  resolutionMs(): number {
    if ((this.flags & F_RESOLUTION) === 0) {
      this.flags |= F_RESOLUTION;
      const t = this.ticket;
      this.resolution =
        t !== null && isResolved(t)
          ? this.elapsed(t.createdAt, t.resolvedAt as number)
          : Number.NaN;
    }
    return this.resolution;
  }

  handlingMs(): number {
    if ((this.flags & F_HANDLING) === 0) {
      this.flags |= F_HANDLING;
      const t = this.ticket;
      this.handling =
        t !== null && isResolved(t) && t.firstResponseAt !== undefined
          ? this.elapsed(t.firstResponseAt, t.resolvedAt as number)
          : Number.NaN;
    }
    return this.handling;
  }

  responseOutcome(): SlaOutcome {
    if ((this.flags & F_RESPONSE_OUTCOME) === 0) {
      this.flags |= F_RESPONSE_OUTCOME;
      this.responseOutcomeValue = this.computeResponseOutcome();
    }
    return this.responseOutcomeValue;
  }

  /**
   * A resolved ticket without `firstResponseAt` takes its resolution as its first response. A
   * ticket still unanswered is a miss once `asOf` is past its due instant and pending before; one
   * closed unanswered and unresolved is judged at its `closedAt` (a miss when closed after its due
   * instant, otherwise no target).
   */
  private computeResponseOutcome(): SlaOutcome {
    const t = this.ticket;
    if (t === null) return SlaOutcome.NoTarget;
    const due = responseDueAt(t, this.sla, this.calendar);
    if (Number.isNaN(due)) return SlaOutcome.NoTarget;
    const responded = t.firstResponseAt ?? (isResolved(t) ? t.resolvedAt : undefined);
    if (responded !== undefined) return responded <= due ? SlaOutcome.Met : SlaOutcome.Missed;
    if (isOpen(t)) return this.asOf > due ? SlaOutcome.Missed : SlaOutcome.Pending;
    return (t.closedAt ?? this.asOf) > due ? SlaOutcome.Missed : SlaOutcome.NoTarget;
  }

  /** The resolution due instant of the current ticket (`NaN` without a target). */
  resolutionDueAt(): number {
    if ((this.flags & F_RESOLUTION_DUE) === 0) {
      this.flags |= F_RESOLUTION_DUE;
      this.resolutionDue =
        this.ticket === null ? Number.NaN : resolutionDueAt(this.ticket, this.sla, this.calendar);
    }
    return this.resolutionDue;
  }

  resolutionOutcome(): SlaOutcome {
    if ((this.flags & F_RESOLUTION_OUTCOME) === 0) {
      this.flags |= F_RESOLUTION_OUTCOME;
      const t = this.ticket;
      const due = this.resolutionDueAt();
      let outcome: SlaOutcome = SlaOutcome.NoTarget;
      if (t !== null && !Number.isNaN(due)) {
        if (isResolved(t))
          outcome = (t.resolvedAt as number) <= due ? SlaOutcome.Met : SlaOutcome.Missed;
        else if (isOpen(t)) outcome = this.asOf > due ? SlaOutcome.Missed : SlaOutcome.Pending;
      }
      this.resolutionOutcomeValue = outcome;
    }
    return this.resolutionOutcomeValue;
  }

  repeatFault(): -1 | 0 | 1 {
    this.repeatReads++;
    if (!Number.isNaN(this.assumedRepeat)) return this.assumedRepeat as -1 | 0 | 1;
    let repeats = this.repeats;
    if (repeats === null) {
      throw new Error(
        "A metric read ctx.repeatFault() during a one-pass evaluation without declaring needs: ['repeatFaults']. Repeat faults are known only after every ticket has been read; declare the need in defineMetric so that the engine feeds the metric afterwards.",
      );
    }
    if (typeof repeats === 'function') {
      repeats = repeats();
      this.repeats = repeats;
    }
    return (repeats[this.row] ?? -1) as -1 | 0 | 1;
  }
}

/** Context for calls, agents and customers: no ticket-derived values. */
export class PlainContext implements EvalContext {
  index = -1;
  constructor(
    readonly asOf: number,
    readonly settings: MetricSettings,
  ) {}
  firstResponseMs(): number {
    return Number.NaN;
  }
  resolutionMs(): number {
    return Number.NaN;
  }
  handlingMs(): number {
    return Number.NaN;
  }
  responseOutcome(): SlaOutcome {
    return SlaOutcome.NoTarget;
  }
  resolutionOutcome(): SlaOutcome {
    return SlaOutcome.NoTarget;
  }
  repeatFault(): -1 | 0 | 1 {
    return -1;
  }
}
