import {
  afterSalesTemplate,
  type Evaluation,
  type EvaluationGroup,
  evaluate,
  type Locale,
  type MetricValue,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { KpiLeaderboard } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';

// ── Demo data, computed once ────────────────────────────────────────────────────────────────────
const demo = generateDemoDataset();
const shownMetrics = [
  'csat',
  'fcr',
  'responseTimelinessRate',
  'avgResolutionTime',
  'complaintRate',
];
const byAgent = evaluate(demo, {
  metrics: [...new Set([...shownMetrics, ...templateMetrics(afterSalesTemplate)])],
  groupBy: 'agentId',
  period: 'month',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
const byTeam = evaluate(demo, {
  metrics: [...new Set([...shownMetrics, ...templateMetrics(afterSalesTemplate)])],
  groupBy: 'teamId',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
const namesIn = (list: { id: string; name: Record<Locale, string> }[]) => ({
  'zh-CN': Object.fromEntries(list.map((a) => [a.id, a.name['zh-CN']])),
  'en-US': Object.fromEntries(list.map((a) => [a.id, a.name['en-US']])),
});
const agentNames = namesIn(demo.meta.agents);
const teamNames = namesIn(demo.meta.teams);
const localeOf = (globals: Record<string, unknown>): Locale =>
  globals.locale === 'en-US' ? 'en-US' : 'zh-CN';

function value(
  metricId: string,
  v: number | null,
  unit: MetricValue['unit'],
  sampleSize = 80,
  sufficient = true,
): MetricValue {
  return {
    metricId,
    value: v,
    unit,
    sampleSize,
    sufficient,
    ...(v === null ? { reason: 'noData' as const } : {}),
  };
}

function evaluationOf(groups: EvaluationGroup[]): Evaluation {
  return { ...byTeam, groups, periods: [] };
}

/** 10,000 synthetic agents built directly as MetricValues (a deterministic LCG, no evaluate). */
const tenThousand = (() => {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const groups: EvaluationGroup[] = [];
  for (let i = 1; i <= 10_000; i++) {
    const n = Math.round(10 + next() * 300);
    groups.push({
      key: `AG${String(i).padStart(5, '0')}`,
      values: {
        csat: value('csat', 0.6 + next() * 0.38, 'ratio', n, n >= 30),
        fcr: value('fcr', 0.55 + next() * 0.45, 'ratio', n),
        avgResolutionTime: value('avgResolutionTime', (1 + next() * 60) * 3_600_000, 'duration', n),
        complaintRate: value('complaintRate', next() * 0.12, 'ratio', n),
      },
    });
  }
  return evaluationOf(groups);
})();

const HOUR = 3_600_000;
/** Values at and around the fcr bands (≥ 85% → 10, ≥ 75% → 8, else 5), 0, 100 %, null, insufficient. */
const edgeValues = evaluationOf([
  {
    key: 'zero',
    values: {
      fcr: value('fcr', 0, 'ratio'),
      avgResolutionTime: value('avgResolutionTime', 0, 'duration'),
    },
  },
  {
    key: 'full',
    values: {
      fcr: value('fcr', 1, 'ratio'),
      avgResolutionTime: value('avgResolutionTime', 2 * HOUR, 'duration'),
    },
  },
  {
    key: 'at 85% (excellent, inclusive)',
    values: {
      fcr: value('fcr', 0.85, 'ratio'),
      avgResolutionTime: value('avgResolutionTime', 24 * HOUR, 'duration'),
    },
  },
  {
    key: 'just under 85%',
    values: {
      fcr: value('fcr', 0.8499, 'ratio'),
      avgResolutionTime: value('avgResolutionTime', 24 * HOUR + 1, 'duration'),
    },
  },
  {
    key: 'at 75%',
    values: {
      fcr: value('fcr', 0.75, 'ratio'),
      avgResolutionTime: value('avgResolutionTime', 400 * HOUR, 'duration'),
    },
  },
  {
    key: 'no data',
    values: {
      fcr: value('fcr', null, 'ratio', 0, false),
      avgResolutionTime: value('avgResolutionTime', null, 'duration', 0, false),
    },
  },
  {
    key: 'insufficient',
    values: {
      fcr: value('fcr', 0.95, 'ratio', 3, false),
      avgResolutionTime: value('avgResolutionTime', HOUR, 'duration', 2, false),
    },
  },
]);

const hostile = evaluationOf(
  byTeam.groups.filter((g) => g.period === undefined).map((g, i) => ({ ...g, key: `H${i}` })),
);
const hostileNames = {
  H0: '<script>alert("x")</script>',
  H1: '<img src=x onerror="alert(1)">',
  H2: `超长名称${'很长'.repeat(5_000)}`,
  H3: 'مرحبا بالعالم 👩🏽‍🔧🚀 emoji',
};

const meta = {
  title: 'Widgets/KpiLeaderboard',
  component: KpiLeaderboard,
  args: {
    evaluation: byAgent,
    metrics: shownMetrics,
    template: afterSalesTemplate,
    height: 480,
    rowHeight: 40,
    loading: false,
  },
  argTypes: {
    evaluation: { control: false },
    template: { control: false },
    names: { control: false },
    metrics: {
      control: 'check',
      options: [...shownMetrics, 'nps', 'firstResponseTime', 'resolutionRate', 'repeatFaultRate'],
    },
    period: { control: 'select', options: [undefined, ...demo.meta.months] },
    height: { control: { type: 'number', min: 120, max: 1200, step: 40 } },
    rowHeight: { control: { type: 'number', min: 32, max: 64, step: 4 } },
    loading: { control: 'boolean' },
    nameHeader: { control: 'text' },
  },
} satisfies Meta<typeof KpiLeaderboard>;

export default meta;
type Story = StoryObj<typeof meta>;

const withAgentNames: Story['render'] = (args, { globals }) => (
  <KpiLeaderboard {...args} names={agentNames[localeOf(globals)]} />
);

/** The 24 demo agents by CSAT, FCR, response timeliness, MTTR and complaint rate, with the after-sales total and grade. */
export const Default: Story = {
  render: (args, { globals }) => (
    <KpiLeaderboard
      {...args}
      names={agentNames[localeOf(globals)]}
      nameHeader={localeOf(globals) === 'en-US' ? 'Agent' : '客服'}
    />
  ),
};

/** One month (the PDCA month) instead of the agents' totals. */
export const OneMonth: Story = {
  args: { period: demo.meta.pdcaMonth, height: 360 },
  render: withAgentNames,
};

/** Teams instead of agents. */
export const Teams: Story = {
  args: { evaluation: byTeam, height: 240 },
  render: (args, { globals }) => (
    <KpiLeaderboard
      {...args}
      names={teamNames[localeOf(globals)]}
      nameHeader={localeOf(globals) === 'en-US' ? 'Team' : '团队'}
    />
  ),
};

/** 10,000 rows: only the rows in view are rendered; the header, rank and name stay put. No template (no tones), as scoring 10,000 scorecards is the host's job to do once. */
export const TenThousandRows: Story = {
  args: {
    evaluation: tenThousand,
    metrics: ['csat', 'fcr', 'avgResolutionTime', 'complaintRate'],
    template: undefined,
  },
  render: (args) => <KpiLeaderboard {...args} />,
};

/** Selectable rows: click a row or press Enter on a name. */
export const Selectable: Story = {
  render: function Render(args, { globals }) {
    const [selected, setSelected] = useState<string | null>('A02');
    return (
      <KpiLeaderboard
        {...args}
        height={320}
        names={agentNames[localeOf(globals)]}
        selectedKey={selected}
        onRowSelect={(key) => setSelected(key)}
      />
    );
  },
};

/** Edge values: 0, 100 %, exactly on a band bound (inclusive), just under, far over a lower-is-better bound, no data, insufficient. */
export const EdgeValues: Story = {
  args: { evaluation: edgeValues, metrics: ['fcr', 'avgResolutionTime'], height: 340 },
  render: (args) => <KpiLeaderboard {...args} />,
};

/** Script tags, an img with onerror, a 10,000-character name, RTL text and emoji: all plain text, truncated. */
export const HostileNames: Story = {
  args: { evaluation: hostile, height: 240 },
  render: (args) => <KpiLeaderboard {...args} names={hostileNames} />,
};

/** No groups at all. */
export const Empty: Story = {
  args: { evaluation: evaluationOf([]), height: 200 },
  render: (args) => <KpiLeaderboard {...args} />,
};

/** Every state: ready, loading, empty, and an insufficient-sample row. */
export const AllStates: Story = {
  render: (args, { globals }) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <KpiLeaderboard {...args} label="Ready" height={200} names={agentNames[localeOf(globals)]} />
      <KpiLeaderboard {...args} label="Loading" height={200} loading />
      <KpiLeaderboard {...args} label="Empty" height={160} evaluation={evaluationOf([])} />
      <KpiLeaderboard
        {...args}
        label="Edge values"
        height={200}
        evaluation={edgeValues}
        metrics={['fcr', 'avgResolutionTime']}
      />
    </div>
  ),
};
