import {
  formatValue,
  type IndicatorResult,
  type Locale,
  type ScorecardResult,
  messages,
  translate,
} from '@servicescore/core';
import { GradeBadge } from '@servicescore/react';
import { dt } from './dashboard-text';

/** The indicators below full points (they carry suggestions), lowest score first, then heaviest. */
function weakIndicators(result: ScorecardResult): IndicatorResult[] {
  return result.dimensions
    .flatMap((d) => d.indicators)
    .filter((i) => i.suggestions.length > 0 && i.score !== null)
    .sort((a, b) => (a.score as number) - (b.score as number) || b.weight - a.weight);
}

/** Seed 003's 改进建议 column as a to-do list: each weak indicator with its value and actions. */
export function Suggestions({ result, locale }: { result: ScorecardResult; locale: Locale }) {
  const weak = weakIndicators(result);
  if (weak.length === 0) return <p className="ss-dash__muted">{dt(locale, 'noSuggestions')}</p>;
  return (
    <ol className="ss-dash__actions">
      {weak.map((i) => (
        <li key={i.id} className="ss-dash__action">
          <div className="ss-dash__action-head">
            <h3 className="ss-dash__h3">{i.label[locale]}</h3>
            <GradeBadge grade={i.tone} size="sm" />
          </div>
          {/* A no-break space holds each word to its number ("Weight 10" never splits). */}
          <p className="ss-dash__muted">
            {translate(messages, locale, 'actual')}
            {'\u00a0'}
            {i.unit === null ? '—' : formatValue(i.value, i.unit, { locale })}
            {'\u00a0· '}
            {dt(locale, 'pointsOf', { points: i.points ?? '—', max: i.maxPoints })}
            {'\u00a0· '}
            {translate(messages, locale, 'weight')}
            {'\u00a0'}
            {i.weight}
          </p>
          <ul className="ss-dash__action-list">
            {i.suggestions.map((s) => (
              <li key={s['zh-CN']}>{s[locale]}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
