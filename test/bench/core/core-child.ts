/**
 * One core contestant in its own Node process (`node --expose-gc --trace-gc`):
 * `--contestant=servicescore-six|servicescore-all|hand|arquero --form=iso|epoch --n=… --runs=…`.
 * Builds the host's raw records, measures the input's heap, times `runs` runs between markers
 * (the runner reads the peak heap from the GC trace), then cross-checks the last run's six figures
 * against the hand loop and exits non-zero on a mismatch.
 */
import { args, fullGc, measureRuns, numberArg, report, settledHeap } from '../lib/child';
import { arqueroCells, runArquero } from './arquero';
import { crossCheck } from './cross-check';
import { handCells } from './hand-cells';
import { handLoop } from './hand-loop';
import { benchDataset, rawTickets, type TimestampForm } from './raw-input';
import {
  runServicescore,
  runValidation,
  servicescoreApi,
  servicescoreCells,
  ticketMetricIds,
} from './servicescore';
import type { FigureCells } from './six';
import { sixFigures } from './six';

const a = args();
const contestant = a.contestant ?? '';
const form = a.form as TimestampForm;
const n = numberArg(a, 'n');
const runs = numberArg(a, 'runs');
if (form !== 'iso' && form !== 'epoch') throw new Error('core child: --form=iso|epoch');

const heapBefore = settledHeap();
let demo: ReturnType<typeof benchDataset> | null = benchDataset(n);
const { start, asOf, months: monthKeys } = demo.meta;
const months = monthKeys.length;
const rows = rawTickets(demo.tickets, form);
demo = null;
const inputHeap = settledHeap() - heapBefore;

let run: () => unknown;
let cellsOf: (result: unknown) => FigureCells;
let metricCount = 6;
switch (contestant) {
  case 'servicescore-six':
  case 'servicescore-all': {
    const metrics = contestant === 'servicescore-six' ? [...sixFigures] : ticketMetricIds;
    for (const f of sixFigures)
      if (!metrics.includes(f)) throw new Error(`core child: ${f} is not a ticket metric`);
    metricCount = metrics.length;
    run = () => runServicescore(rows, { metrics, asOf });
    cellsOf = (r) => servicescoreCells(r as Parameters<typeof servicescoreCells>[0], monthKeys);
    break;
  }
  case 'servicescore-validate':
    // The floor of the contract: every record validated (schema rules and duplicate ids) and
    // counted once, no breakdown — what any servicescore figure costs before it computes a KPI.
    metricCount = 1;
    run = () => runValidation(rows, asOf);
    cellsOf = () => {
      throw new Error('no cells');
    };
    break;
  case 'hand':
    run = () => handLoop(rows, start, months, asOf);
    cellsOf = (r) => handCells(r as ReturnType<typeof handLoop>);
    break;
  case 'arquero':
    run = () => runArquero(rows, start, months, asOf);
    cellsOf = (r) => arqueroCells(r as ReturnType<typeof runArquero>);
    break;
  default:
    throw new Error(
      `core child: --contestant=${contestant} is not one of servicescore-six, servicescore-all, servicescore-validate, hand, arquero`,
    );
}

const measured = measureRuns(runs, run);
// Sanity check after the measured runs, so it costs them nothing.
let check: { problems: string[]; cells: number } = { problems: [], cells: 0 };
if (contestant === 'servicescore-validate') {
  // Every row is valid demo data: all must be accepted, none lost.
  const counts = (measured.last as ReturnType<typeof runValidation>).counts.tickets;
  if (counts.accepted !== rows.length || counts.rejected !== 0)
    check.problems.push(`accepted ${counts.accepted} of ${rows.length} rows`);
  (measured as { last: unknown }).last = null;
} else {
  const got = cellsOf(measured.last);
  (measured as { last: unknown }).last = null;
  fullGc();
  const expected = handCells(handLoop(rows, start, months, asOf));
  check = crossCheck(contestant, got, expected);
}

report({
  contestant,
  form,
  n,
  rows: rows.length,
  inputHeap,
  metricCount,
  api: contestant.startsWith('servicescore') ? servicescoreApi : undefined,
  runs: measured.runs,
  checkedCells: check.cells,
  problems: check.problems,
});
if (check.problems.length > 0) {
  console.error(`cross-check against the hand loop FAILED:\n${check.problems.join('\n')}`);
  process.exitCode = 1;
}
