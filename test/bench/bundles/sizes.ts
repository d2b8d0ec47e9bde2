/**
 * Bundle sizes, the budgets' method (`bundleSize`: esbuild, minified, React external, gzip -9):
 * our widgets and core entries beside the peers a host would pick instead.
 */
import { join } from 'node:path';
import { type BundleSize, bundleSize } from '../../budget/bundle-size';
import { budgets, widget } from '../../budget/budgets';
import { benchDir, repoRoot } from '../lib/paths';

export interface SizeEntry {
  name: string;
  /** What a consumer writes (an ES module). */
  code: string;
  /** Budget in gzip bytes (ours only). */
  budget?: number | undefined;
  peer?: boolean;
}

/**
 * Our consumer entries: the budget tests' (test/budget/budgets.ts), with their budgets, plus the
 * two widgets that have no budget.
 */
export const ourEntries: SizeEntry[] = [
  ...budgets.map((b) => ({ name: b.name, code: b.entry, budget: b.budget })),
  { name: 'KpiCard', code: widget('KpiCard') },
  { name: 'KpiComparison', code: widget('KpiComparison') },
];

/** The peers, imported the way their docs show. */
export const peerEntries: SizeEntry[] = [
  {
    name: 'react-gauge-component 2.0.29 (gauge)',
    code: "export { default as GaugeComponent } from 'react-gauge-component';",
    peer: true,
  },
  {
    name: '@mui/x-charts 9.17.0 Gauge',
    code: "export { Gauge } from '@mui/x-charts/Gauge';",
    peer: true,
  },
  {
    name: 'recharts 3.10.1 ComposedChart as a Pareto (Bar + Line + two YAxis)',
    code: `import { Bar, ComposedChart, Line, XAxis, YAxis } from 'recharts';
export const Pareto = ({ data }: { data: { category: string; count: number; cumulativeShare: number }[] }) => (
  <ComposedChart width={640} height={320} data={data}>
    <XAxis dataKey="category" />
    <YAxis yAxisId="count" />
    <YAxis yAxisId="share" orientation="right" domain={[0, 1]} />
    <Bar dataKey="count" yAxisId="count" />
    <Line dataKey="cumulativeShare" yAxisId="share" />
  </ComposedChart>
);`,
    peer: true,
  },
  {
    name: '@tanstack/react-table 9.3.1 alone (useTable + sorted row model)',
    code: "export { useTable, tableFeatures, rowSortingFeature, createSortedRowModel, sortFn_basic, createColumnHelper } from '@tanstack/react-table';",
    peer: true,
  },
];

/** Ours resolve from test/budget, as in the budget tests; the peers from test/bench, where they are installed. */
const budgetDir = join(repoRoot, 'test', 'budget');

export interface MeasuredSize extends SizeEntry {
  size?: BundleSize | undefined;
  error?: string | undefined;
}

/** Bundles every entry (sequentially: esbuild is fast, the machine has 2 cores). */
export async function measureSizes(entries: SizeEntry[]): Promise<MeasuredSize[]> {
  const out: MeasuredSize[] = [];
  for (const e of entries) {
    try {
      out.push({ ...e, size: await bundleSize(e.code, e.peer ? benchDir : budgetDir) });
    } catch (error) {
      out.push({
        ...e,
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
  }
  return out;
}
