import type { ReactNode } from 'react';
import { cx } from '../shared/class-names';
import { ToneIcon, type Tone } from '../shared/tone-icon';
import {
  type BoardCard,
  type ImprovementPlanBoardProps,
  type ImprovementPlanBoardState,
  useImprovementPlanBoard,
} from './use-improvement-plan-board';

const outcomeTone: Record<string, Tone> = {
  reached: 'excellent',
  partly: 'pass',
  notReached: 'needsImprovement',
  notMeasurable: 'none',
};

function Card({
  card,
  state,
  level,
  footer,
}: {
  card: BoardCard;
  state: ImprovementPlanBoardState;
  level: number;
  footer?: ReactNode;
}) {
  const H = `h${Math.min(6, level)}` as 'h4';
  const v = card.verification;
  return (
    <article
      className="ss-plan-board__card"
      aria-labelledby={card.titleId}
      data-kind={card.kind}
      data-overdue={card.overdue ? 'true' : undefined}
    >
      <H id={card.titleId} className="ss-plan-board__card-title">
        {card.title}
      </H>
      <p className="ss-plan-board__tags">
        <span className="ss-plan-board__kind">{card.kindText}</span>
        {card.overdueText !== null && (
          <span className="ss-plan-board__overdue" data-tone="needsImprovement">
            <ToneIcon tone="needsImprovement" />
            {card.overdueText}
          </span>
        )}
      </p>
      <dl className="ss-plan-board__facts">
        <dt>{state.texts.owner}</dt>
        <dd>{card.owner}</dd>
        <dt>{state.texts.due}</dt>
        <dd>{card.dueText}</dd>
        <dt>{state.texts.target}</dt>
        <dd>{card.metricText}</dd>
        <dt>{state.texts.expected}</dt>
        <dd>{card.expectedText}</dd>
        {v !== null && (
          <>
            <dt>{state.texts.observed}</dt>
            <dd>
              {v.observedText}
              {v.significanceText !== null && (
                <span className="ss-plan-board__muted">
                  {'\u00a0· '}
                  {v.significanceText}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      {card.percent !== null && (
        <div className="ss-plan-board__progress">
          <span className="ss-plan-board__progress-track" aria-hidden="true">
            <span
              className="ss-plan-board__progress-bar"
              style={{ width: `${Math.max(0, Math.min(100, card.percent))}%` }}
            />
          </span>
          <span className="ss-plan-board__muted">{card.progressText}</span>
        </div>
      )}
      {card.latestNote !== null && (
        <p className="ss-plan-board__note">
          <span className="ss-plan-board__muted">{card.latestNote.heading}</span>{' '}
          {card.latestNote.text}
        </p>
      )}
      {card.rootCause.length > 0 && (
        <details className="ss-plan-board__why">
          <summary>{state.texts.rootCause}</summary>
          <ol>
            {card.rootCause.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a chain may repeat a text; its order is its identity
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      )}
      {v !== null && (
        <p className="ss-plan-board__verdict" data-tone={outcomeTone[v.outcome]}>
          <ToneIcon tone={outcomeTone[v.outcome] ?? 'none'} />
          <strong>{v.outcomeText}</strong>
          <span className="ss-plan-board__muted">{v.reasonText}</span>
          {v.nextStepText !== null && <span className="ss-plan-board__next">{v.nextStepText}</span>}
        </p>
      )}
      {footer}
    </article>
  );
}

/**
 * An improvement plan as a board (the P, D and C of PDCA): one column per status, a card per action
 * with its kind, owner, due date (and days overdue), targeted metric, expected effect, progress,
 * latest note and the 5-Why chain (a native disclosure, keyboard-operable); once verified, the
 * observed change, its significance, the outcome (with a shape, not colour alone) and the next step.
 *
 * @example
 * const verification = verifyImprovementPlan(plan, july, october, { asOf });
 * <ImprovementPlanBoard plan={plan} verification={verification} />
 */
export function ImprovementPlanBoard(props: ImprovementPlanBoardProps) {
  const state = useImprovementPlanBoard(props);
  const { headingLevel, renderCardFooter } = state;
  const root = cx('ss-widget ss-plan-board', state.rootProps.className);
  if (state.status !== 'ready')
    return (
      <div {...state.rootProps} className={root}>
        {state.status === 'loading' && (
          <div className="ss-plan-board__skeleton" aria-hidden="true" />
        )}
        <p className="ss-plan-board__message">
          {state.status === 'loading' ? state.texts.loading : state.texts.noData}
        </p>
      </div>
    );
  const H = `h${headingLevel}` as 'h3';
  return (
    <div {...state.rootProps} className={root}>
      <p className="ss-plan-board__summary">
        {state.cycleText !== null && (
          <span className="ss-plan-board__cycle">{state.cycleText}</span>
        )}
        {state.outcomeText !== null && <strong>{state.outcomeText}</strong>}
        {state.summaryText !== null && <span>{state.summaryText}</span>}
        {state.overdueText !== null && (
          <span className="ss-plan-board__overdue" data-tone="needsImprovement">
            <ToneIcon tone="needsImprovement" />
            {state.overdueText}
          </span>
        )}
      </p>
      <div className="ss-plan-board__columns">
        {state.columns.map((column) => (
          // Not a section landmark: several boards on a page would repeat the column names.
          <div key={column.status} className="ss-plan-board__column" data-status={column.status}>
            <H id={column.headingId} className="ss-plan-board__column-title">
              {column.title} <span className="ss-plan-board__muted">{column.countText}</span>
            </H>
            {column.cards.length === 0 ? (
              <p className="ss-plan-board__muted">{state.texts.empty}</p>
            ) : (
              <ul className="ss-plan-board__cards">
                {column.cards.map((card) => (
                  <li key={card.id}>
                    <Card
                      card={card}
                      state={state}
                      level={headingLevel + 1}
                      footer={renderCardFooter?.(card)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
