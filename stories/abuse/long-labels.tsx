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
import {
  comparisonValues,
  gradeScaleWith,
  leaderboardWith,
  longTexts,
  paretoWith,
  scorecardWith,
  type WidgetName,
} from './abuse-fixtures';

/** The width of every box a widget is put in. */
export const boxWidth = 360;

/** A fixed-width box (overflow visible, so a widget that spills out is measurable). */
function Box({ name, kind, children }: { name: WidgetName; kind: string; children: ReactNode }) {
  return (
    <div
      data-abuse-widget={name}
      data-abuse-kind={kind}
      style={{ width: boxWidth, outline: '1px dashed #8c959f', alignSelf: 'flex-start' }}
    >
      {children}
    </div>
  );
}

/** One widget with a 10,000-character text wherever a host can put text. */
function widget(name: WidgetName, text: string): ReactNode {
  const { before, after } = comparisonValues();
  switch (name) {
    case 'GradeBadge':
      return <GradeBadge score={85} showScore scale={gradeScaleWith([text, text, text, text])} />;
    case 'KpiGauge':
      return <KpiGauge width="auto" value={0.9} unit="ratio" target={0.95} label={text} />;
    case 'ParetoChart':
      return <ParetoChart label={text} data={paretoWith([text, `${text}2`, 'short', 'x'])} />;
    case 'ScorecardTable':
      return <ScorecardTable result={scorecardWith([text])} caption={text} defaultExpanded />;
    case 'KpiLeaderboard':
      return (
        <KpiLeaderboard
          evaluation={leaderboardWith(['a', 'b', 'c'])}
          names={{ a: text, b: `${text} b`, c: 'c' }}
          metrics={['csat', 'fcr']}
          nameHeader={text}
          label={text}
          height={240}
        />
      );
    case 'KpiCard':
      return <KpiCard label={text} unit="ratio" value={0.9} previous={0.85} target={0.95} />;
    case 'KpiComparison':
      return (
        <KpiComparison
          before={before}
          after={after}
          metrics={['csat', 'fcr']}
          labels={{ before: text, after: text }}
          label={text}
        />
      );
  }
}

/**
 * Every widget in a 360 px box, once per kind of 10,000-character text (CJK, one unbroken Latin
 * word, words with spaces). No widget may grow wider than its box or give the page a horizontal
 * scrollbar; long text clips or wraps inside the widget.
 */
export function LongLabelWidgets({ names }: { names: readonly WidgetName[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
      {names.flatMap((name) =>
        Object.entries(longTexts).map(([kind, text]) => (
          <Box key={`${name}-${kind}`} name={name} kind={kind}>
            {widget(name, text)}
          </Box>
        )),
      )}
    </div>
  );
}
