import type { IndicatorResult } from '@servicescore/core';
import type { ScorecardRuleCell } from '../scorecard-table/scorecard-columns';
import { BulletGraphView } from './bullet-graph';
import { useRuleBullet } from './use-bullet-graph';

function RuleBullet({ indicator, cell }: { indicator: IndicatorResult; cell: ScorecardRuleCell }) {
  const state = useRuleBullet({
    rule: indicator.rule,
    label: cell.label,
    value: indicator.value,
    unit: indicator.unit ?? undefined,
    maxPoints: indicator.maxPoints,
    hideLabel: true,
    title: cell.ruleText,
    className: 'ss-bullet-graph--in-table',
  });
  return <BulletGraphView state={state} />;
}

/**
 * A `ScorecardTable` rule cell drawn as a compact bullet graph: the indicator's value over its
 * rule's grade bands (the band engine's), the rule in words as the tooltip. Pass it as `renderRule`.
 *
 * @example
 * <ScorecardTable result={result} renderRule={scorecardRuleBullet} />
 */
export function scorecardRuleBullet(indicator: IndicatorResult, cell: ScorecardRuleCell) {
  return <RuleBullet indicator={indicator} cell={cell} />;
}
