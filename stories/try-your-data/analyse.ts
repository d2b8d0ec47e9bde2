import {
  afterSalesTemplate,
  type CanonicalField,
  canonicalFields,
  countBy,
  type Evaluation,
  evaluate,
  type FieldSource,
  mapRecords,
  type ParetoInput,
  type ParseDatasetResult,
  parseDataset,
  type ScorecardResult,
  scoreScorecard,
  type ServiceTicket,
  templateMetrics,
} from '@servicescore/core';

export type TicketField = CanonicalField<'tickets'>;
export type CsvRow = Record<string, string>;

/** The select value that maps `qa` from every `qa_<item>` / `qa.<item>` column. */
export const QA_COLUMNS = '__qa_columns__';

export const ticketFields: readonly TicketField[] = canonicalFields('tickets');
export const requiredTicketFields: ReadonlySet<string> = new Set(['id', 'createdAt', 'status']);
export const leaderboardMetrics = ['csat', 'fcr', 'responseTimelinessRate', 'avgHandlingTime'];

const qaColumn = /^qa[_.](.+)$/i;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Common host names of a field, normalised (lower case, letters and digits only). */
const synonyms: Partial<Record<TicketField, string[]>> = {
  id: ['ticket', 'ticketid', 'ticketno', 'ticketnumber', 'number', '工单号', '工单编号', '编号'],
  createdAt: ['created', 'opened', 'openedat', 'createdate', 'createtime', '创建时间'],
  status: ['state', '状态'],
  firstResponseAt: ['firstresponse', 'firstreply', 'firstreplyat', '首次响应时间'],
  resolvedAt: ['resolved', 'solved', 'solvedat', 'resolvetime', '解决时间'],
  closedAt: ['closed', '关闭时间'],
  surveyedAt: ['surveyed', 'ratedat', '评价时间'],
  kind: ['type', 'tickettype', '类型'],
  category: ['cause', 'reason', 'complaintcause', '原因', '类别'],
  agentId: ['agent', 'owner', 'assignee', '客服', '处理人'],
  teamId: ['team', 'group', '团队'],
  customerId: ['customer', 'client', '客户'],
  productId: ['product', '产品'],
  csat: ['rating', 'satisfaction', 'score', '满意度'],
  review: ['feedback', '评价'],
  followUpAt: ['followup', 'followedup', '回访时间'],
  diagnosisCorrect: ['diagnosisok', 'diagnosis'],
};

/**
 * Guesses a column for each canonical ticket field from the column names: the field's own name
 * (`createdAt` ↔ `created_at`), without its `Id`/`At` suffix (`agent`), or a common synonym.
 * `qa` takes the `qa_<item>` columns when there are any. Each column is used at most once.
 */
export function guessMapping(columns: readonly string[]): Record<string, string> {
  const byNorm = new Map(columns.map((c) => [norm(c), c]));
  const used = new Set<string>();
  const out: Record<string, string> = {};
  for (const field of ticketFields) {
    if (field === 'qa') {
      if (columns.some((c) => qaColumn.test(c))) out.qa = QA_COLUMNS;
      continue;
    }
    const stem = field.replace(/(Id|At)$/, '');
    const candidates = [field, stem, ...(synonyms[field] ?? [])].map(norm);
    const hit = candidates.map((c) => byNorm.get(c)).find((c) => c !== undefined && !used.has(c));
    if (hit !== undefined) {
      used.add(hit);
      out[field] = hit;
    }
  }
  return out;
}

/** What the mapping form holds. */
export interface MappingForm {
  columns: Record<string, string>;
  dateFormat: string;
  timeZone: string;
}

/** The outcome of one analysis: an error sentence, or the parsed data and its results. */
export type Analysis =
  | { ok: false; stage: 'mapping' | 'analysis'; message: string; parsed?: ParseDatasetResult }
  | {
      ok: true;
      parsed: ParseDatasetResult;
      asOf: number | null;
      /** Instants past the "judged at" horizon, left out of it (see `latestInstant`). */
      beyondHorizon: number;
      scorecard: ScorecardResult | null;
      byAgent: Evaluation | null;
      causes: ParetoInput[];
    };

function qaAccessor(columns: readonly string[]): FieldSource<CsvRow> {
  const items = columns.flatMap((c) => {
    const m = qaColumn.exec(c);
    return m?.[1] ? [[c, m[1]] as const] : [];
  });
  return (row) => {
    const qa: Record<string, unknown> = {};
    for (const [column, item] of items) {
      const text = row[column]?.trim();
      if (text !== undefined && text !== '')
        qa[item] = Number.isNaN(Number(text)) ? text : Number(text);
    }
    return Object.keys(qa).length === 0 ? undefined : qa;
  };
}

/** How far past the 99th-percentile creation time an instant may lie and still set "judged at". */
export const AS_OF_HORIZON_MS = 31 * 86_400_000;

/**
 * The latest instant in the tickets that lies within the horizon — 31 days after the 99th
 * percentile of creation times — and how many instants lay beyond it. Open tickets are judged at
 * it (deterministic, unlike now); one row resolved in 2150 (or a typo'd year) cannot move the
 * judgement date decades ahead and regrade everything.
 */
export function latestInstant(tickets: readonly ServiceTicket[]): {
  asOf: number | null;
  beyond: number;
} {
  if (tickets.length === 0) return { asOf: null, beyond: 0 };
  const created = tickets.map((t) => t.createdAt).sort((a, b) => a - b);
  const p99 = created[Math.min(created.length - 1, Math.floor(created.length * 0.99))] as number;
  const horizon = p99 + AS_OF_HORIZON_MS;
  let latest = -Infinity;
  let beyond = 0;
  for (const t of tickets) {
    for (const v of [t.createdAt, t.firstResponseAt, t.resolvedAt, t.closedAt, t.followUpAt]) {
      if (typeof v !== 'number') continue;
      if (v > horizon) beyond += 1;
      else if (v > latest) latest = v;
    }
  }
  return { asOf: Number.isFinite(latest) ? latest : null, beyond };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The steps of `analyse`, announced as each one starts (the CSV parse comes before them). */
export type AnalysePhase = 'mapping' | 'evaluating' | 'finishing';

/**
 * Maps, validates (collect mode) and evaluates the rows; never throws. `onPhase` hears each step
 * as it starts, for a progress display (the steps are single calls: no finer progress is known).
 *
 * @example
 * const result = analyse(rows, columns, { columns: guessMapping(columns), dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'UTC' });
 * if (result.ok) console.log(result.scorecard?.grade);
 */
export function analyse(
  rows: readonly CsvRow[],
  columns: readonly string[],
  form: MappingForm,
  onPhase: (phase: AnalysePhase) => void = () => {},
): Analysis {
  let parsed: ParseDatasetResult;
  try {
    onPhase('mapping');
    const fields: Partial<Record<TicketField, FieldSource<CsvRow>>> = {};
    for (const [field, column] of Object.entries(form.columns)) {
      if (column === '') continue;
      fields[field as TicketField] = column === QA_COLUMNS ? qaAccessor(columns) : column;
    }
    const tickets = mapRecords(rows, {
      table: 'tickets',
      fields,
      ...(form.dateFormat.trim() === '' ? {} : { dateFormat: form.dateFormat.trim() }),
      ...(form.timeZone.trim() === '' ? {} : { timeZone: form.timeZone.trim() }),
    });
    parsed = parseDataset({ tickets }, { onInvalid: 'collect' });
  } catch (e) {
    return { ok: false, stage: 'mapping', message: message(e) };
  }
  const tickets = parsed.dataset.tickets;
  if (tickets.length === 0) {
    return {
      ok: true,
      parsed,
      asOf: null,
      beyondHorizon: 0,
      scorecard: null,
      byAgent: null,
      causes: [],
    };
  }
  try {
    onPhase('evaluating');
    const { asOf, beyond } = latestInstant(tickets);
    const options = {
      timeZone: form.timeZone.trim() || 'UTC',
      ...(asOf === null ? {} : { asOf }),
    };
    const metrics = [...new Set([...templateMetrics(afterSalesTemplate), ...leaderboardMetrics])];
    const overall = evaluate(parsed.dataset, { ...options, metrics });
    const byAgent = evaluate(parsed.dataset, { ...options, metrics, groupBy: 'agentId' });
    onPhase('finishing');
    return {
      ok: true,
      parsed,
      asOf,
      beyondHorizon: beyond,
      scorecard: scoreScorecard(afterSalesTemplate, overall),
      byAgent,
      causes: countBy(tickets, 'category'),
    };
  } catch (e) {
    return { ok: false, stage: 'analysis', message: message(e), parsed };
  }
}

/** What the page accepts: stated in the UI and enforced before parsing. */
export const limits = { bytes: 20 * 1024 * 1024, rows: 200_000, columns: 200 } as const;

/** The parsed CSV, or why it cannot be used (never a partial table graded as if whole). */
export type CsvCheck =
  | { ok: true }
  | { ok: false; problem: 'bytes'; bytes: number }
  | { ok: false; problem: 'rows'; rows: number }
  | { ok: false; problem: 'columns'; columns: number }
  | { ok: false; problem: 'parse'; row: number; message: string; lost: number; lines: number };

/** Data lines of a CSV text (after the header, blank lines not counted). */
export function dataLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank) lines += 1;
      blank = true;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
    } else if (c !== 32 && c !== 9) blank = false;
  }
  if (!blank) lines += 1;
  return Math.max(0, lines - 1);
}

/**
 * Checks a parsed CSV against the limits and for parse errors. A quote left open swallows every
 * line after it into one field: the rows lost are the data lines the parser did not return as rows
 * (a quoted field may hold line breaks, so this counts only when the parser reported an error).
 */
export function checkCsv(
  text: string,
  rows: number,
  columns: number,
  errors: readonly { row?: number | undefined; message: string }[],
): CsvCheck {
  if (text.length > limits.bytes) return { ok: false, problem: 'bytes', bytes: text.length };
  if (columns > limits.columns) return { ok: false, problem: 'columns', columns };
  if (rows > limits.rows) return { ok: false, problem: 'rows', rows };
  const first = errors[0];
  if (first !== undefined) {
    const lines = dataLines(text);
    return {
      ok: false,
      problem: 'parse',
      row: (first.row ?? 0) + 1,
      message: first.message,
      lost: Math.max(0, lines - rows),
      lines,
    };
  }
  return { ok: true };
}
