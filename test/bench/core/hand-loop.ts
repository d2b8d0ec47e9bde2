/**
 * The practical limit: one hand-written pass over the host's raw tickets computing the six figures
 * csat, fcr, avgFirstResponseTime, responseTimelinessRate, avgResolutionTime and complaintRate per
 * agent × month (Asia/Shanghai), with the same rules as the catalogue (KPIS.md) and the checks a
 * careful hand loop makes (types, parseable timestamps, known status). Integer-indexed typed-array
 * accumulators, one Map lookup per record for the agent, no per-record allocation.
 */
const HOUR = 3_600_000;
const RESPONSE_TARGET = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

export interface HandLoopResult {
  agents: string[];
  months: number;
  /** Figures per cell `agent * months + month`, `NaN` where the cell has no sample. */
  csat: Float64Array;
  fcr: Float64Array;
  avgFirstResponseTime: Float64Array;
  responseTimelinessRate: Float64Array;
  avgResolutionTime: Float64Array;
  complaintRate: Float64Array;
  rejected: number;
}

function instant(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Date.parse(v);
  return Number.NaN;
}

/** Month boundaries (UTC ms of Beijing month starts) from `start`, `months` of them plus the end. */
function monthStarts(start: number, months: number): Float64Array {
  const out = new Float64Array(months + 1);
  const d = new Date(start + SHANGHAI);
  for (let m = 0; m <= months; m++) {
    out[m] = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, 1) - SHANGHAI;
  }
  return out;
}

export function handLoop(
  rows: readonly Record<string, unknown>[],
  start: number,
  months: number,
  asOf: number,
): HandLoopResult {
  const bounds = monthStarts(start, months);
  const monthOf = (ms: number): number => {
    let lo = 0;
    let hi = months;
    if (ms < (bounds[0] as number) || ms >= (bounds[months] as number)) return -1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ms >= (bounds[mid] as number)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const agentIndex = new Map<string, number>();
  const agents: string[] = [];
  let cap = 256 * months;
  const grow = (a: Float64Array) => {
    const b = new Float64Array(cap);
    b.set(a);
    return b;
  };
  let csatHit = new Float64Array(cap);
  let csatN = new Float64Array(cap);
  let fcrHit = new Float64Array(cap);
  let fcrN = new Float64Array(cap);
  let frtSum = new Float64Array(cap);
  let frtN = new Float64Array(cap);
  let rtHit = new Float64Array(cap);
  let rtN = new Float64Array(cap);
  let resSum = new Float64Array(cap);
  let resN = new Float64Array(cap);
  let cmpHit = new Float64Array(cap);
  let cmpN = new Float64Array(cap);
  let rejected = 0;

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown>;
    const id = r.id;
    const status = r.status;
    const created = instant(r.createdAt);
    if (
      typeof id !== 'string' ||
      Number.isNaN(created) ||
      (status !== 'open' && status !== 'pending' && status !== 'resolved' && status !== 'closed')
    ) {
      rejected++;
      continue;
    }
    if (r.excluded !== undefined) continue;
    const agent = r.agentId;
    if (typeof agent !== 'string') continue;
    let a = agentIndex.get(agent);
    if (a === undefined) {
      a = agents.length;
      agentIndex.set(agent, a);
      agents.push(agent);
      if ((a + 1) * months > cap) {
        cap *= 2;
        csatHit = grow(csatHit);
        csatN = grow(csatN);
        fcrHit = grow(fcrHit);
        fcrN = grow(fcrN);
        frtSum = grow(frtSum);
        frtN = grow(frtN);
        rtHit = grow(rtHit);
        rtN = grow(rtN);
        resSum = grow(resSum);
        resN = grow(resN);
        cmpHit = grow(cmpHit);
        cmpN = grow(cmpN);
      }
    }
    const base = a * months;
    const resolvedRaw = r.resolvedAt;
    const resolvedAt = resolvedRaw === undefined ? Number.NaN : instant(resolvedRaw);
    const resolved = (status === 'resolved' || status === 'closed') && !Number.isNaN(resolvedAt);
    const open = status === 'open' || status === 'pending';
    const firstRaw = r.firstResponseAt;
    const firstAt = firstRaw === undefined ? Number.NaN : instant(firstRaw);
    const mc = monthOf(created);

    // complaintRate — period createdAt.
    if (mc >= 0) {
      cmpN[base + mc] = (cmpN[base + mc] as number) + 1;
      if (r.kind === 'complaint') cmpHit[base + mc] = (cmpHit[base + mc] as number) + 1;
    }
    // avgFirstResponseTime / responseTimelinessRate — period createdAt.
    const responded = !Number.isNaN(firstAt) ? firstAt : resolved ? resolvedAt : Number.NaN;
    if (mc >= 0) {
      if (!Number.isNaN(responded)) {
        frtSum[base + mc] = (frtSum[base + mc] as number) + responded - created;
        frtN[base + mc] = (frtN[base + mc] as number) + 1;
      }
      const dueRaw = r.responseDueAt;
      const due = dueRaw === undefined ? created + RESPONSE_TARGET : instant(dueRaw);
      if (!Number.isNaN(responded)) {
        rtN[base + mc] = (rtN[base + mc] as number) + 1;
        if (responded <= due) rtHit[base + mc] = (rtHit[base + mc] as number) + 1;
      } else if (open) {
        if (asOf > due) rtN[base + mc] = (rtN[base + mc] as number) + 1;
      } else {
        const closedRaw = r.closedAt;
        const closedAt = closedRaw === undefined ? asOf : instant(closedRaw);
        if (closedAt > due) rtN[base + mc] = (rtN[base + mc] as number) + 1;
      }
    }
    // avgResolutionTime / fcr — period resolvedAt.
    if (resolved) {
      const mr = monthOf(resolvedAt);
      if (mr >= 0) {
        resSum[base + mr] = (resSum[base + mr] as number) + resolvedAt - created;
        resN[base + mr] = (resN[base + mr] as number) + 1;
        const contacts = r.contacts;
        if (typeof contacts === 'number') {
          fcrN[base + mr] = (fcrN[base + mr] as number) + 1;
          const reopens = r.reopens;
          if (contacts <= 1 && (reopens === undefined || reopens === 0))
            fcrHit[base + mr] = (fcrHit[base + mr] as number) + 1;
        }
      }
    }
    // csat — period surveyedAt, else resolvedAt, else createdAt.
    const score = r.csat;
    if (typeof score === 'number') {
      const surveyedRaw = r.surveyedAt;
      const at = surveyedRaw !== undefined ? instant(surveyedRaw) : resolved ? resolvedAt : created;
      const ms = monthOf(at);
      if (ms >= 0) {
        csatN[base + ms] = (csatN[base + ms] as number) + 1;
        if (score >= 4) csatHit[base + ms] = (csatHit[base + ms] as number) + 1;
      }
    }
  }

  const cells = agents.length * months;
  const div = (num: Float64Array, den: Float64Array) => {
    const out = new Float64Array(cells);
    for (let c = 0; c < cells; c++)
      out[c] = (den[c] as number) > 0 ? (num[c] as number) / (den[c] as number) : Number.NaN;
    return out;
  };
  return {
    agents,
    months,
    csat: div(csatHit, csatN),
    fcr: div(fcrHit, fcrN),
    avgFirstResponseTime: div(frtSum, frtN),
    responseTimelinessRate: div(rtHit, rtN),
    avgResolutionTime: div(resSum, resN),
    complaintRate: div(cmpHit, cmpN),
    rejected,
  };
}
