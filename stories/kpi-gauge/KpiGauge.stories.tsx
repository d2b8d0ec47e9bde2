import {
  afterSalesTemplate,
  evaluate,
  type MetricValue,
  serviceStandardTargets,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { GaugeArc, KpiGauge } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';

// ── Demo data, computed once ────────────────────────────────────────────────────────────────────
const demo = generateDemoDataset();
const extraMetrics = ['csat', 'complaintRate', 'avgFirstResponseTime', 'avgResolutionTime', 'nps'];
const evaluation = evaluate(demo, {
  metrics: [...templateMetrics(afterSalesTemplate), ...extraMetrics],
  groupBy: 'agentId',
  asOf: demo.meta.asOf,
  timeZone: demo.meta.timeZone,
});
const overall = evaluation.overall;
const overallValue = (id: string): MetricValue => overall[id]!;
/** The seed-002 service standard's target for a metric, if it sets an absolute one. */
const seedTarget = (id: string) =>
  serviceStandardTargets.find((t) => t.metricId === id && t.relativeTo === undefined)?.target;
const responseRule = afterSalesTemplate.dimensions[0]!.indicators[0]!.rule;

const keyMetrics = [
  'responseTimelinessRate',
  'fcr',
  'avgHandlingTime',
  'resolutionRate',
  'complaintClosureRate',
  'repeatFaultRate',
  'positiveReviewRate',
  'qaScore.etiquette',
  'followUpRate',
  'careFrequency',
  'csat',
  'complaintRate',
];

const insufficientCsat: MetricValue = {
  metricId: 'csat',
  value: 0.82,
  unit: 'ratio',
  numerator: 9,
  denominator: 11,
  sampleSize: 11,
  sufficient: false,
  reason: 'insufficientSample',
};

const grid = { display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'flex-start' } as const;

const meta = {
  title: 'Widgets/KpiGauge',
  component: KpiGauge,
  args: {
    metric: 'resolutionRate',
    metricValue: overallValue('resolutionRate'),
    target: seedTarget('resolutionRate'),
    width: 220,
  },
  argTypes: {
    value: { control: { type: 'number', step: 0.001 } },
    min: { control: 'number' },
    max: { control: 'number' },
    target: { control: { type: 'number', step: 0.01 } },
    unit: {
      control: 'select',
      options: [undefined, 'ratio', 'duration', 'points', 'count', 'score', 'number'],
    },
    metric: { control: 'select', options: [undefined, ...keyMetrics] },
    label: { control: 'text' },
    width: { control: { type: 'number', min: 96, step: 10 } },
    startAngle: { control: { type: 'range', min: -180, max: 0, step: 5 } },
    endAngle: { control: { type: 'range', min: 0, max: 180, step: 5 } },
    precision: { control: { type: 'number', min: 0, max: 4 } },
    loading: { control: 'boolean' },
    metricValue: { control: false },
    rule: { control: false },
    bands: { control: false },
    scale: { control: false },
    children: { control: false },
  },
} satisfies Meta<typeof KpiGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * 客户问题完全解决率 on the demo dataset: bands and grade from afterSalesTemplate's indicator
 * (≥ 95 % → 10, ≥ 90 % → 8, else 5), target ≥ 95 % from the seed-002 service standard.
 */
export const Default: Story = {};

/** Path (a): a template indicator's `rule` with a plain value — 响应及时率 with a 95 % target. */
export const ResponseTimeliness: Story = {
  args: {
    metric: undefined,
    metricValue: undefined,
    value: overallValue('responseTimelinessRate').value,
    unit: 'ratio',
    rule: responseRule,
    target: 0.95,
    label: '响应及时率',
  },
};

/**
 * The default scorecard's key indicators plus csat and complaint rate, on the demo data, with no
 * `min` / `max`: each scale is fitted to its rule (or its seed-002 target) and its value, so a
 * duration (平均处理时长) or a per-customer number (关怀频次) needs no `max` either.
 */
export const KeyIndicators: Story = {
  render: () => (
    <div style={grid}>
      {keyMetrics.map((id) => (
        <KpiGauge
          key={id}
          width={180}
          metric={id}
          metricValue={overallValue(id)}
          target={seedTarget(id)}
        />
      ))}
    </div>
  ),
};

/** Edge values side by side: 0, max, over max, under min, no data, insufficient, loading. */
export const AllStates: Story = {
  render: () => (
    <div style={grid}>
      <KpiGauge width={170} value={0} unit="ratio" rule={responseRule} label="0" />
      <KpiGauge width={170} value={1} unit="ratio" rule={responseRule} label="max" />
      <KpiGauge
        width={170}
        value={1.25}
        unit="ratio"
        rule={responseRule}
        target={0.95}
        label="> max"
      />
      <KpiGauge width={170} value={-0.1} unit="ratio" rule={responseRule} label="< min" />
      <KpiGauge
        width={170}
        value={null}
        unit="ratio"
        rule={responseRule}
        target={0.95}
        label="null"
      />
      <KpiGauge width={170} metric="csat" metricValue={insufficientCsat} target={0.95} />
      <KpiGauge width={170} loading label="loading" />
    </div>
  ),
};

/**
 * Bad props (here min ≥ max) never throw: the gauge says 数据无效 and logs one development error
 * naming the prop, the value and the rule (expected in this story's console).
 */
export const InvalidProps: Story = {
  // Logs the gauge's development warning on purpose; the browser tests check it is that and only that.
  tags: ['expected-dev-warning'],
  args: {
    metric: undefined,
    metricValue: undefined,
    value: 0.5,
    unit: 'ratio',
    min: 1,
    max: 0,
    label: 'min ≥ max',
  },
};

export const Zero: Story = {
  args: { metric: 'resolutionRate', metricValue: undefined, value: 0 },
};

export const AtMax: Story = {
  args: { metric: 'resolutionRate', metricValue: undefined, value: 1 },
};

/**
 * 120 %, more than a ratio can be: the fitted 85–100 % scale stays, the arc is full, a mark points
 * past its end, the real value shows.
 */
export const OverMax: Story = {
  args: { metric: 'resolutionRate', metricValue: undefined, value: 1.2 },
};

export const UnderMin: Story = {
  args: { metric: 'resolutionRate', metricValue: undefined, value: 0.4, min: 0.5 },
};

/** `null` → 暂无数据 (never "NaN" or "null%"); the target stays visible. */
export const NoData: Story = {
  args: { metric: 'resolutionRate', metricValue: undefined, value: null },
};

/** 11 survey answers, below csat's minimum of 30: the value is muted, 样本不足, no grade. */
export const Insufficient: Story = {
  args: { metric: 'csat', metricValue: insufficientCsat, target: 0.95 },
};

/**
 * Lower is better: average handling time, a duration, with no `max`. On the demo data it is about
 * 20 h: the afterSalesTemplate rule gives ≤ 2 h 10 points (优秀), ≤ 24 h 8 (良好), so 20 h is 良好 —
 * and the dial says why: the fill ends in the wide 2–24 h band, far from the green 0–2 h one. The
 * scale is fitted to the rule: 0 to 24 h + 12 h = 36 h. No target is set: the demo has no
 * handling-time standard (a 2 h "target" beside a 良好 20 h would contradict the rule).
 */
export const LowerIsBetterDuration: Story = {
  args: {
    metric: 'avgHandlingTime',
    metricValue: overallValue('avgHandlingTime'),
    target: undefined,
  },
};

/**
 * Lower is better, as a ratio: long-term recurrence (repeat fault rate, ≤ 2 % → 10, ≤ 5 % → 8)
 * on its fitted 0–8 % scale; and the complaint rate against its seed-002 standard (< 5 %), which
 * has no scoring rule: the target alone fits the scale, and the value is not graded.
 */
export const LowerIsBetterRatio: Story = {
  render: () => (
    <div style={grid}>
      <KpiGauge
        width={220}
        metric="repeatFaultRate"
        metricValue={overallValue('repeatFaultRate')}
      />
      <KpiGauge
        width={220}
        metric="complaintRate"
        metricValue={overallValue('complaintRate')}
        target={seedTarget('complaintRate')}
      />
    </div>
  ),
};

/**
 * The same 92.4 % (响应及时率) on the fitted scale (85–100 %: each band gets a third of the dial)
 * and on an explicit `min={0} max={1}`, where 待改进 takes 90 % of the ring.
 */
export const FittedScale: Story = {
  render: () => (
    <div style={grid}>
      <KpiGauge
        width={220}
        metric="responseTimelinessRate"
        metricValue={overallValue('responseTimelinessRate')}
        target={0.95}
      />
      <KpiGauge
        width={220}
        metric="responseTimelinessRate"
        metricValue={overallValue('responseTimelinessRate')}
        target={0.95}
        min={0}
        max={1}
      />
    </div>
  ),
};

/** Units drawn small after the digits: %, a duration's h / min, points, and per-metric words. */
export const Units: Story = {
  render: () => (
    <div style={grid}>
      {['csat', 'avgFirstResponseTime', 'qaScore.etiquette', 'nps', 'careFrequency'].map((id) => (
        <KpiGauge key={id} width={180} metric={id} metricValue={overallValue(id)} />
      ))}
    </div>
  ),
};

/** Host-set bands (`{ from, to, tone }`); without a rule the value has no grade (tone none). */
export const CustomBands: Story = {
  args: {
    metric: undefined,
    metricValue: undefined,
    value: 72,
    unit: 'score',
    label: '质检得分',
    target: 85,
    bands: [
      { from: 0, to: 60, tone: 'needsImprovement' },
      { from: 60, to: 80, tone: 'pass' },
      { from: 80, to: 90, tone: 'good' },
      { from: 90, to: 100, tone: 'excellent' },
    ],
  },
};

/** A half-circle arc (−90° to 90°) and a narrow one. */
export const Angles: Story = {
  render: (args) => (
    <div style={grid}>
      <KpiGauge {...args} startAngle={-90} endAngle={90} />
      <KpiGauge {...args} startAngle={-135} endAngle={135} />
      <KpiGauge {...args} startAngle={-60} endAngle={60} />
    </div>
  ),
};

/** `width="auto"` fills its container (measured after mount). */
export const Responsive: Story = {
  args: { width: 'auto' },
  render: (args) => (
    <div style={{ ...grid, alignItems: 'flex-start' }}>
      {[140, 240, 360].map((w) => (
        <div key={w} style={{ width: w, outline: '1px dashed var(--ss-border, #d0d7de)' }}>
          <KpiGauge {...args} />
        </div>
      ))}
    </div>
  ),
};

/** Hostile and long labels render as text and truncate with the full text in `title`. */
export const HostileLabels: Story = {
  render: () => (
    <div style={grid}>
      <KpiGauge width={180} value={0.9} unit="ratio" label={'<script>alert(1)</script>'} />
      <KpiGauge width={180} value={0.9} unit="ratio" label={'<img src=x onerror=alert(1)>'} />
      <KpiGauge width={180} value={0.9} unit="ratio" label={'长'.repeat(10_000)} />
      <KpiGauge width={180} value={0.9} unit="ratio" label="满意度 😀🚀 تقييم العملاء" />
    </div>
  ),
};

/** A render function drawing the host's own gauge from the hook's state with `GaugeArc`. */
export const CustomDrawing: Story = {
  render: (args) => (
    <KpiGauge {...args}>
      {(g) => (
        <>
          <svg {...g.svgProps} aria-hidden="true">
            <GaugeArc geometry={g.geometry} from={g.min} to={g.max} fill="var(--ss-track)" />
            <GaugeArc
              geometry={g.geometry}
              from={g.min}
              to={g.animatedValue ?? g.min}
              fill="var(--ss-accent)"
            />
          </svg>
          <strong {...g.labelProps}>
            {g.label}：{g.valueText}
          </strong>
        </>
      )}
    </KpiGauge>
  ),
};

/** Changes the value: the arc moves from the previous value (not from 0); none under reduced motion. */
export const Animated: Story = {
  render: function Render(args) {
    const values = [0.62, 0.93, 0.97, 0.85, 1.1];
    const [i, setI] = useState(0);
    return (
      <div style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
        <KpiGauge {...args} metricValue={undefined} value={values[i % values.length]} />
        <button type="button" onClick={() => setI((n) => n + 1)}>
          Next value
        </button>
      </div>
    );
  },
};

/** 200 gauges (every agent × eight indicators, then repeated) — a page for benchmarks. */
export const TwoHundredGauges: Story = {
  render: () => {
    const groups = evaluation.groups.filter((g) => g.period === undefined);
    const ids = keyMetrics.slice(0, 8);
    const cells = Array.from({ length: 200 }, (_, n) => {
      const group = groups[n % groups.length]!;
      const id = ids[Math.floor(n / groups.length) % ids.length]!;
      return { key: `${n}`, id, value: group.values[id]!, name: group.key };
    });
    return (
      <div style={{ ...grid, gap: 8 }}>
        {cells.map((c) => (
          <KpiGauge
            key={c.key}
            width={120}
            metric={c.id}
            metricValue={c.value}
            label={`${c.name} · ${c.id}`}
          />
        ))}
      </div>
    );
  },
};

/** The key indicators in the dark theme. */
export const Dark: Story = {
  ...KeyIndicators,
  globals: { theme: 'dark' },
};

/** The `locale` prop wins over the provider's. */
export const EnglishLocaleProp: Story = {
  args: { locale: 'en-US' },
};
