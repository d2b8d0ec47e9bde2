/**
 * Contestant 3: arquero 8.0.0 doing the six group-by aggregations from the same raw records, the
 * way a dataframe user writes them: load the columns, derive instants and the Beijing month
 * (UTC+8, no DST), keep valid records, then one groupby + rollup per period timestamp (createdAt
 * for complaintRate and the two response figures, resolvedAt for avgResolutionTime and fcr, the
 * survey instant for csat). Same rules as the hand loop (KPIS.md); checked against it per cell.
 */
import * as aq from 'arquero';
import { cellKey, emptyCells, type FigureCells } from './six';

const HOUR = 3_600_000;

// arquero 8.0.0 compiles `typeof x` as `typeofx` (a bug in its code generator), so the type
// checks a careful loader makes are registered functions.
let registered = false;
function register(): void {
  if (registered) return;
  aq.addFunction('is_string', (v: unknown) => typeof v === 'string');
  aq.addFunction('is_number', (v: unknown) => typeof v === 'number');
  registered = true;
}

/** The columns read from the raw records (a record may lack any of them). */
const columns = [
  'id',
  'status',
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'surveyedAt',
  'responseDueAt',
  'excluded',
  'agentId',
  'kind',
  'contacts',
  'reopens',
  'csat',
];

export interface ArqueroTables {
  created: aq.ColumnTable;
  resolved: aq.ColumnTable;
  surveyed: aq.ColumnTable;
  rejected: number;
}

/** `start`: first month's start (epoch ms); `months`: how many months; `asOf`: epoch ms. */
export function runArquero(
  rows: readonly Record<string, unknown>[],
  start: number,
  months: number,
  asOf: number,
): ArqueroTables {
  register();
  const s = new Date(start + 8 * HOUR);
  const params = {
    off: 8 * HOUR,
    m0: s.getUTCFullYear() * 12 + s.getUTCMonth(),
    months,
    asOf,
    due: 24 * HOUR,
  };
  const month = (ts: string) =>
    `(op.utcyear(${ts} + $.off) * 12 + op.utcmonth(${ts} + $.off) - $.m0)`;
  const all = aq.from(rows as Record<string, unknown>[], columns).params(params);
  const valid = all.derive({ created: 'd => op.timestamp(d.createdAt)' }).filter(
    `d => op.is_string(d.id) && d.created === d.created &&
        (d.status === 'open' || d.status === 'pending' || d.status === 'resolved' || d.status === 'closed')`,
  );
  const rejected = all.numRows() - valid.numRows();
  const t = valid
    .filter('d => d.excluded === undefined && op.is_string(d.agentId)')
    .derive({
      resolvedTs: 'd => d.resolvedAt === undefined ? NaN : op.timestamp(d.resolvedAt)',
      firstTs: 'd => d.firstResponseAt === undefined ? NaN : op.timestamp(d.firstResponseAt)',
    })
    .derive({
      isResolved:
        "d => (d.status === 'resolved' || d.status === 'closed') && d.resolvedTs === d.resolvedTs",
      dueTs:
        '(d, $) => d.responseDueAt === undefined ? d.created + $.due : op.timestamp(d.responseDueAt)',
    })
    .derive({
      responded: 'd => d.firstTs === d.firstTs ? d.firstTs : d.isResolved ? d.resolvedTs : NaN',
      mc: `(d, $) => ${month('d.created')}`,
    })
    .derive({
      complaint: "d => d.kind === 'complaint' ? 1 : 0",
      frt: 'd => d.responded - d.created',
      // 1 met, 0 missed, null pending (not yet due): pending counts nowhere.
      rt: `(d, $) => d.responded === d.responded ? (d.responded <= d.dueTs ? 1 : 0)
        : (d.status === 'open' || d.status === 'pending') ? ($.asOf > d.dueTs ? 0 : null)
        : ((d.closedAt === undefined ? $.asOf : op.timestamp(d.closedAt)) > d.dueTs ? 0 : null)`,
      mr: `(d, $) => d.isResolved ? ${month('d.resolvedTs')} : -1`,
      res: 'd => d.isResolved ? d.resolvedTs - d.created : NaN',
      fcrHit:
        'd => d.isResolved && op.is_number(d.contacts) ? (d.contacts <= 1 && (d.reopens === undefined || d.reopens === 0) ? 1 : 0) : null',
      ms: `(d, $) => !op.is_number(d.csat) ? -1
        : ${month('(d.surveyedAt !== undefined ? op.timestamp(d.surveyedAt) : d.isResolved ? d.resolvedTs : d.created)')}`,
      csatHit: 'd => op.is_number(d.csat) ? (d.csat >= 4 ? 1 : 0) : null',
    });
  const created = t
    .filter('(d, $) => d.mc >= 0 && d.mc < $.months')
    .groupby('agentId', 'mc')
    .rollup({
      complaintRate: 'd => op.mean(d.complaint)',
      avgFirstResponseTime: 'd => op.mean(d.frt)',
      responseTimelinessRate: 'd => op.mean(d.rt)',
    });
  const resolved = t
    .filter('(d, $) => d.mr >= 0 && d.mr < $.months')
    .groupby('agentId', 'mr')
    .rollup({ avgResolutionTime: 'd => op.mean(d.res)', fcr: 'd => op.mean(d.fcrHit)' });
  const surveyed = t
    .filter('(d, $) => d.ms >= 0 && d.ms < $.months')
    .groupby('agentId', 'ms')
    .rollup({ csat: 'd => op.mean(d.csatHit)' });
  return { created, resolved, surveyed, rejected };
}

/** arquero's result tables as cells (a `null` mean — no valid value — is no sample). */
export function arqueroCells(tables: ArqueroTables): FigureCells {
  const cells = emptyCells();
  const put = (table: aq.ColumnTable, monthColumn: string, figures: (keyof FigureCells)[]) => {
    const agents = table.array('agentId') as ArrayLike<string>;
    const months = table.array(monthColumn) as ArrayLike<number>;
    for (const f of figures) {
      const values = table.array(f) as ArrayLike<number | null>;
      for (let i = 0; i < agents.length; i++) {
        const v = values[i];
        if (typeof v === 'number' && !Number.isNaN(v))
          cells[f].set(cellKey(agents[i] as string, months[i] as number), v);
      }
    }
  };
  put(tables.created, 'mc', ['complaintRate', 'avgFirstResponseTime', 'responseTimelinessRate']);
  put(tables.resolved, 'mr', ['avgResolutionTime', 'fcr']);
  put(tables.surveyed, 'ms', ['csat']);
  return cells;
}
