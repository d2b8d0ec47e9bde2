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

/** The latest instant anywhere in the tickets: open tickets are judged at it (deterministic, unlike now). */
function latestInstant(tickets: readonly ServiceTicket[]): number | null {
  let latest = -Infinity;
  for (const t of tickets) {
    for (const v of [t.createdAt, t.firstResponseAt, t.resolvedAt, t.closedAt, t.followUpAt]) {
      if (typeof v === 'number' && v > latest) latest = v;
    }
  }
  return Number.isFinite(latest) ? latest : null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Maps, validates (collect mode) and evaluates the rows; never throws. */
export function analyse(
  rows: readonly CsvRow[],
  columns: readonly string[],
  form: MappingForm,
): Analysis {
  let parsed: ParseDatasetResult;
  try {
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
    return { ok: true, parsed, asOf: null, scorecard: null, byAgent: null, causes: [] };
  }
  try {
    const asOf = latestInstant(tickets);
    const options = {
      timeZone: form.timeZone.trim() || 'UTC',
      ...(asOf === null ? {} : { asOf }),
    };
    const metrics = [...new Set([...templateMetrics(afterSalesTemplate), ...leaderboardMetrics])];
    const overall = evaluate(parsed.dataset, { ...options, metrics });
    const byAgent = evaluate(parsed.dataset, { ...options, metrics, groupBy: 'agentId' });
    return {
      ok: true,
      parsed,
      asOf,
      scorecard: scoreScorecard(afterSalesTemplate, overall),
      byAgent,
      causes: countBy(tickets, 'category'),
    };
  } catch (e) {
    return { ok: false, stage: 'analysis', message: message(e), parsed };
  }
}
