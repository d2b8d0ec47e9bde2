import {
  GradeBadge,
  KpiCard,
  KpiComparison,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
} from '@servicescore/react';
import type { ReactNode } from 'react';
import { evaluationOf, metricValue, paretoWith, scorecardWith } from './abuse-fixtures';

/** The extreme inputs: huge, negative zero, tiny, binary noise (0.1 + 0.2) and a rounding carry. */
export const extremes = {
  huge: 1e12,
  negativeZero: -0,
  tiny: 1e-12,
  noisy: 0.1 + 0.2,
  carry: 999.95,
} as const;

const { huge, negativeZero, tiny, noisy, carry } = extremes;

/** One case; the test reads its text by `data-abuse-case`. */
function Case({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div data-abuse-case={id} style={{ minWidth: 0 }}>
      {children}
    </div>
  );
}

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  gap: 16,
  alignItems: 'start',
} as const;

/**
 * Every widget's value display fed 1e12, −0, 1e-12, 0.1 + 0.2 and 999.95 (a value whose rounding
 * carries into a new digit). Nothing may read "-0", "NaN", "Infinity" or use exponent notation.
 */
export function ExtremeValueWidgets() {
  return (
    <div style={grid}>
      <Case id="GradeBadge:huge">
        <GradeBadge score={huge} showScore />
      </Case>
      <Case id="GradeBadge:negativeZero">
        <GradeBadge score={negativeZero} showScore />
      </Case>
      <Case id="GradeBadge:tiny">
        <GradeBadge score={tiny} showScore />
      </Case>
      <Case id="GradeBadge:carry">
        <GradeBadge score={89.95} showScore />
      </Case>

      <Case id="KpiGauge:huge">
        <KpiGauge width={220} value={huge} max={2 * huge} unit="count" label="huge count" />
      </Case>
      <Case id="KpiGauge:negativeZero">
        <KpiGauge
          width={220}
          value={negativeZero}
          unit="ratio"
          target={tiny}
          label="negative zero ratio"
        />
      </Case>
      <Case id="KpiGauge:tiny">
        <KpiGauge width={220} value={tiny} unit="ratio" label="tiny ratio" />
      </Case>
      <Case id="KpiGauge:noisy">
        <KpiGauge width={220} value={noisy} unit="ratio" label="noisy ratio" />
      </Case>
      <Case id="KpiGauge:carry">
        <KpiGauge width={220} value={carry} max={1000} unit="number" label="carry number" />
      </Case>

      <Case id="ParetoChart:huge">
        <ParetoChart data={paretoWith(['huge', 'two', 'one'], [huge, 2, 1])} height={260} />
      </Case>

      <Case id="ScorecardTable:huge">
        {/* A ratio cannot be huge: scoring refuses one outside 0..1 (issue 12), so the largest
            ratio, 1, stands in. */}
        <ScorecardTable result={scorecardWith(['huge'], [1, negativeZero])} />
      </Case>
      <Case id="ScorecardTable:tiny">
        <ScorecardTable result={scorecardWith(['tiny'], [tiny, noisy])} />
      </Case>

      <Case id="KpiLeaderboard:extremes">
        <KpiLeaderboard
          evaluation={evaluationOf([
            {
              key: 'huge',
              values: {
                csat: metricValue('csat', negativeZero, 'ratio'),
                requestVolume: metricValue('requestVolume', huge, 'count'),
              },
            },
            {
              key: 'tiny',
              values: {
                csat: metricValue('csat', tiny, 'ratio'),
                requestVolume: metricValue('requestVolume', negativeZero, 'count'),
              },
            },
            {
              key: 'noisy',
              values: {
                csat: metricValue('csat', noisy, 'ratio'),
                requestVolume: metricValue('requestVolume', carry, 'count'),
              },
            },
          ])}
          metrics={['csat', 'requestVolume']}
          height={220}
        />
      </Case>

      <Case id="KpiCard:huge">
        <KpiCard label="huge" metric="requestVolume" value={huge} previous={0} />
      </Case>
      <Case id="KpiCard:negativeZero">
        <KpiCard
          label="negative zero"
          unit="ratio"
          value={negativeZero}
          previous={0}
          target={tiny}
        />
      </Case>
      <Case id="KpiCard:tiny">
        <KpiCard label="tiny" unit="ratio" value={tiny} previous={0} />
      </Case>
      <Case id="KpiCard:noisy">
        <KpiCard label="noisy" unit="ratio" value={noisy} previous={0.3} />
      </Case>
      <Case id="KpiCard:carry">
        <KpiCard label="carry" unit="number" value={carry} previous={-0} />
      </Case>

      <Case id="KpiComparison:extremes">
        <KpiComparison
          before={{
            requestVolume: metricValue('requestVolume', 0, 'count'),
            csat: metricValue('csat', negativeZero, 'ratio'),
            fcr: metricValue('fcr', 0.3, 'ratio'),
          }}
          after={{
            requestVolume: metricValue('requestVolume', huge, 'count'),
            csat: metricValue('csat', tiny, 'ratio'),
            fcr: metricValue('fcr', noisy, 'ratio'),
          }}
          metrics={['requestVolume', 'csat', 'fcr']}
          defaultTableVisible
        />
      </Case>
    </div>
  );
}
