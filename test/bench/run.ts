/**
 * `pnpm bench` (built and started by bench.mjs): every figure of BENCHMARKS.md, each core figure
 * and contestant in its own Node process, then the bundle sizes and the widgets in Chromium.
 * Rewrites BENCHMARKS.md (keeping its hand-written notes) after a full run.
 *
 * Options: `--only=core,other,sql,sizes,browser` runs a part and writes .bench-out/BENCHMARKS.partial.md
 * instead; `--quick` runs 10k and 100k tickets only, with fewer runs (for working on the bench);
 * `--baseline=<commit>` also measures that commit's core (six figures, every ticket metric).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type WidgetFigures, widgetFigures } from './browser/widgets';
import { type MeasuredSize, measureSizes, ourEntries, peerEntries } from './bundles/sizes';
import {
  type Contestant,
  type CoreFigure,
  contestants,
  coreFigure,
  coreSizes,
  type Form,
  forms,
} from './core/core-figures';
import { ms } from './lib/format';
import {
  type SqlFigure,
  serverEngines,
  serverSizes,
  sqlFigure,
  sqlFigureKinds,
  sqlSizes,
} from './sql/sql-figures';
import { machine } from './lib/machine';
import { keptNotes, renderReport } from './lib/report';
import { benchOut, repoRoot } from './lib/paths';
import { type OtherFigure, otherFigure, otherFigures } from './other/other-figures';

const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice(7);
const parts = new Set(onlyArg ? onlyArg.split(',') : ['core', 'other', 'sql', 'sizes', 'browser']);
const quick = argv.includes('--quick');
/** `--baseline=<commit>`: also measure that commit's core (six figures and every ticket metric). */
const baseline = argv.find((a) => a.startsWith('--baseline='))?.slice(11);
const full = !onlyArg && !quick;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[bench ${elapsed().padStart(5)}] ${line}`);
const errors: string[] = [];

const host = machine();
log(
  `${host.cpu}, ${host.cores} cores, ${host.ramGiB.toFixed(1)} GiB, ${host.os}, Node ${host.node}, load ${host.load.toFixed(2)}`,
);

const core: CoreFigure[] = [];
const before: CoreFigure[] = [];
/** The baseline's figure right after ours, so that both meet the same load (noisy machine). */
async function baselineFigure(c: Contestant, form: Form, n: number, runs: number) {
  if (!baseline || (c !== 'servicescore-six' && c !== 'servicescore-all')) return;
  try {
    const f = await coreFigure(c, form, n, runs, baseline);
    before.push(f);
    log(`core@${baseline} ${n.toLocaleString('en-US')} ${form} ${c}: median ${ms(f.time.median)}`);
  } catch (error) {
    const message = `core@${baseline} ${n} ${form} ${c}: ${error instanceof Error ? error.message : String(error)}`;
    errors.push(message);
    log(`FAILED ${message}`);
  }
}
if (parts.has('core')) {
  const sizes = quick ? coreSizes.slice(0, 2).map((s) => ({ ...s, runs: 3 })) : coreSizes;
  for (const { n, runs } of sizes) {
    for (const form of forms) {
      for (const contestant of contestants) {
        try {
          const f = await coreFigure(contestant, form, n, runs);
          core.push(f);
          log(
            `core ${n.toLocaleString('en-US')} ${form} ${contestant}: median ${ms(f.time.median)}, extra heap ${(f.extraHeap.median / 2 ** 20).toFixed(0)} MiB (input ${(f.inputHeap / 2 ** 20).toFixed(0)} MiB), ${f.checkedCells} cells checked`,
          );
        } catch (error) {
          const message = `core ${n} ${form} ${contestant}: ${error instanceof Error ? error.message : String(error)}`;
          errors.push(message);
          log(`FAILED ${message}`);
        }
        await baselineFigure(contestant, form, n, runs);
      }
    }
  }
}

const other: OtherFigure[] = [];
if (parts.has('other')) {
  for (const { id, label, runs } of otherFigures) {
    try {
      const f = await otherFigure(id, label, quick ? 3 : runs);
      other.push(f);
      log(`${id}: median ${ms(f.time.median)}`);
    } catch (error) {
      const message = `${id}: ${error instanceof Error ? error.message : String(error)}`;
      errors.push(message);
      log(`FAILED ${message}`);
    }
  }
}

const sql: SqlFigure[] = [];
if (parts.has('sql')) {
  const duck = quick ? [{ n: 100_000, runs: 1 }] : sqlSizes;
  const servers = quick ? [{ n: 100_000, runs: 1 }] : serverSizes;
  const plan = [
    ...duck.flatMap((s) =>
      sqlFigureKinds.map((figure) => ({ ...s, engine: 'duckdb' as const, figure })),
    ),
    ...servers.flatMap((s) =>
      serverEngines.flatMap((engine) =>
        (['six', 'all'] as const).map((figure) => ({ ...s, engine, figure })),
      ),
    ),
  ];
  for (const { n, runs, engine, figure } of plan) {
    try {
      const f = await sqlFigure(engine, figure, n, runs);
      sql.push(f);
      log(
        `sql ${engine} ${n.toLocaleString('en-US')} ${figure}: median ${ms(f.time.median)}, load ${ms(f.loadMs)}, ${f.checked} checked`,
      );
    } catch (error) {
      const message = `sql ${engine} ${n} ${figure}: ${error instanceof Error ? error.message : String(error)}`;
      errors.push(message);
      log(`FAILED ${message}`);
    }
  }
}

let sizes: MeasuredSize[] = [];
if (parts.has('sizes')) {
  log('bundle sizes …');
  sizes = await measureSizes([...ourEntries, ...peerEntries]);
  for (const s of sizes) {
    if (s.error) errors.push(`bundle size of ${s.name}: ${s.error}`);
    log(`  ${s.name}: ${s.error ?? `${((s.size?.gzip ?? 0) / 1024).toFixed(1)} KB gzip`}`);
  }
}

let widgets: WidgetFigures | null = null;
if (parts.has('browser')) {
  try {
    widgets = await widgetFigures(quick ? 5 : 7, log);
  } catch (error) {
    const message = `widgets in Chromium: ${error instanceof Error ? error.message : String(error)}`;
    errors.push(message);
    log(`FAILED ${message}`);
  }
}

const notesFrom = join(repoRoot, 'BENCHMARKS.md');
const target = full ? notesFrom : join(benchOut, 'BENCHMARKS.partial.md');
const markdown = renderReport(
  {
    machine: host,
    date: new Date().toISOString(),
    command: 'pnpm bench',
    totalSeconds: (performance.now() - started) / 1000,
    core,
    before,
    other,
    sql,
    sizes,
    widgets,
    errors,
  },
  keptNotes(notesFrom),
);
writeFileSync(target, markdown);
log(
  `wrote ${target}${errors.length ? ` — ${errors.length} failure(s), see its Failures section` : ''}`,
);
if (errors.length > 0) process.exitCode = 1;
