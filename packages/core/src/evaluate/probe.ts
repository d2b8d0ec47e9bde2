import type { ServiceTicket } from '../data/types';
import type { AnyMetric, EvalContext, MetricSettings } from '../metrics/types';
import { SlaOutcome } from '../metrics/types';

/** A context that answers neutrally and remembers whether repeat faults were asked for. */
class ProbeContext implements EvalContext {
  index = 0;
  usedRepeats = false;
  constructor(
    readonly asOf: number,
    readonly settings: MetricSettings,
  ) {}
  firstResponseMs(): number {
    return 60_000;
  }
  resolutionMs(): number {
    return 3_600_000;
  }
  handlingMs(): number {
    return 3_000_000;
  }
  responseOutcome(): SlaOutcome {
    return SlaOutcome.Met;
  }
  resolutionOutcome(): SlaOutcome {
    return SlaOutcome.Met;
  }
  repeatFault(): -1 | 0 | 1 {
    this.usedRepeats = true;
    return 0;
  }
}

/**
 * Whether a ticket metric asks for repeat-fault outcomes, tried on one resolved ticket that has a
 * customer, product and category: a one-pass evaluation then collects what the repeat-fault
 * pre-pass needs while it reads, and feeds the metric afterwards. A heuristic only — a metric that
 * asks under other conditions is set aside when it first asks (see `EvaluationEngine`).
 */
export function probeUsesRepeats(
  metric: AnyMetric,
  asOf: number,
  settings: MetricSettings,
): boolean {
  if (metric.table !== 'tickets') return false;
  const createdAt = asOf - 86_400_000;
  const t: ServiceTicket = {
    id: 'probe',
    createdAt,
    status: 'resolved',
    firstResponseAt: createdAt + 60_000,
    resolvedAt: createdAt + 3_600_000,
    priority: 'normal',
    customerId: 'probe',
    productId: 'probe',
    category: 'probe',
    kind: 'repair',
    contacts: 1,
  };
  const ctx = new ProbeContext(asOf, settings);
  try {
    metric.accumulator.add(metric.accumulator.init(), t, ctx);
  } catch {
    // A metric that cannot take the probe ticket is left to the run-time check.
  }
  return ctx.usedRepeats;
}
