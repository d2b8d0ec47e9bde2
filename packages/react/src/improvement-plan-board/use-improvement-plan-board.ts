import type { HostAttributes } from '../shared/host-attributes';
import {
  type ActionStatus,
  type ActionVerification,
  durationFormatter,
  type EffectOutcome,
  getMetricMeta,
  type ImprovementAction,
  type ImprovementPlan,
  type Locale,
  type MessageParams,
  type MetricUnit,
  type PlanTracking,
  type PlanVerification,
  trackImprovementPlan,
} from '@servicescore/core';
import type { HTMLAttributes, ReactNode } from 'react';
import { useId } from 'react';
import { formatDelta, formatPValue } from '../kpi-card/delta-text';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import { formatDate, formatPercent, type BoardTextKey, boardTexts, planText } from './board-texts';

const WIDGET = 'ImprovementPlanBoard';
const statuses: readonly ActionStatus[] = ['planned', 'inProgress', 'done', 'cancelled'];
/** The latest instant a Date holds: "no asOf" reads every note and flags nothing overdue. */
const END_OF_TIME = 8.64e15;

/** Options of {@link useImprovementPlanBoard} and `ImprovementPlanBoard`. */
export interface ImprovementPlanBoardOptions {
  /** The host's plan (validated by the core; an invalid plan shows the no-data state and logs why). */
  plan?: ImprovementPlan | null | undefined;
  /** The result of `verifyImprovementPlan` for the plan's cycle: adds expected vs observed per action. @default undefined (tracking only) */
  verification?: PlanVerification | null | undefined;
  /** The instant overdue actions are judged at. @default verification.asOf, else nothing is flagged overdue */
  asOf?: number | Date | string | undefined;
  /** Display names of the targeted metrics by id. @default the catalogue's labels, else the id */
  metricLabels?: Readonly<Record<string, string>> | undefined;
  /** The widget's accessible name. @default the plan's title */
  label?: string | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** Heading level of the status columns; cards take the next one. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Draws extra content at the end of a card (links to tickets, edit buttons). @default nothing */
  renderCardFooter?: ((card: BoardCard) => ReactNode) | undefined;
}

/**
 * Props of `ImprovementPlanBoard` and {@link useImprovementPlanBoard}: the board options and any
 * root `<div>` attribute (the hook hands the attributes back in `rootProps`).
 */
export interface ImprovementPlanBoardProps
  extends ImprovementPlanBoardOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** Expected against observed, once the action is verified. */
export interface BoardVerification {
  outcome: EffectOutcome;
  outcomeText: string;
  reasonText: string;
  /** "80.7% → 86.7%（+6.1 个百分点）". */
  observedText: string;
  significanceText: string | null;
  nextStepText: string | null;
}

/** One action card. */
export interface BoardCard {
  id: string;
  title: string;
  titleId: string;
  kind: ImprovementAction['kind'];
  kindText: string;
  owner: string;
  metricText: string;
  dueText: string;
  overdue: boolean;
  overdueText: string | null;
  expectedText: string;
  rootCause: string[];
  percent: number | null;
  progressText: string | null;
  latestNote: { heading: string; text: string } | null;
  verification: BoardVerification | null;
}

/** One status column. */
export interface BoardColumn {
  status: ActionStatus;
  title: string;
  headingId: string;
  countText: string;
  cards: BoardCard[];
}

/** What {@link useImprovementPlanBoard} returns. */
export interface ImprovementPlanBoardState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  /** "2026-07 → 2026-10" for the verified (or only) cycle. */
  cycleText: string | null;
  /** "本轮改进部分有效" once verified. */
  outcomeText: string | null;
  summaryText: string | null;
  overdueText: string | null;
  columns: BoardColumn[];
  /** The `headingLevel` option: the status columns' heading level; cards take the next one. */
  headingLevel: 2 | 3 | 4 | 5;
  /** The `renderCardFooter` option. */
  renderCardFooter: ((card: BoardCard) => ReactNode) | undefined;
  texts: {
    owner: string;
    due: string;
    target: string;
    expected: string;
    observed: string;
    rootCause: string;
    next: string;
    empty: string;
    noData: string;
    loading: string;
  };
  /** Spread on the root: the host's attributes (its `className` too), then the group's role, name, busy state, theme and lang. */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string };
}

function expectedText(
  a: ImprovementAction,
  unit: MetricUnit,
  t: (key: BoardTextKey, params?: MessageParams) => string,
  format: (v: number, u: MetricUnit) => string,
  locale: Locale,
): string {
  const e = a.expected;
  if (e.type === 'target') return t('pdca.expected.target', { value: format(e.value, unit) });
  if (e.type === 'absolute') return formatDelta(e.change, unit, locale);
  return t(e.change > 0 ? 'pdca.expected.up' : 'pdca.expected.down', {
    percent: formatPercent(Math.abs(e.change), locale),
  });
}

/** What a card needs from the hook. */
interface CardContext {
  t: (key: BoardTextKey, params?: MessageParams) => string;
  format: (value: number | null | undefined, unit: MetricUnit) => string;
  locale: Locale;
  tracking: PlanTracking;
  verified: ReadonlyMap<string, ActionVerification>;
  flagOverdue: boolean;
  baseId: string;
  metricLabels: Readonly<Record<string, string>> | undefined;
}

/** One action's card texts. */
function toCard(a: ImprovementAction, i: number, x: CardContext): BoardCard {
  const { t, format, locale, tracking, verified, flagOverdue, baseId, metricLabels } = x;
  const track = tracking.actions[i]!;
  const unit = getMetricMeta(a.metric)?.unit ?? verified.get(a.id)?.unit ?? 'number';
  const v = verified.get(a.id);
  const overdue = flagOverdue && track.overdue;
  return {
    id: a.id,
    title: planText(a.title, locale),
    titleId: `${baseId}-${i}`,
    kind: a.kind,
    kindText: t(`pdca.kind.${a.kind}`),
    owner: planText(a.owner, locale),
    metricText: metricLabels?.[a.metric] ?? getMetricMeta(a.metric)?.label[locale] ?? a.metric,
    dueText: formatDate(a.due, locale),
    overdue,
    overdueText: overdue ? t('pdca.overdue', { days: track.daysOverdue }) : null,
    expectedText: expectedText(a, unit, t, (x, u) => format(x, u), locale),
    rootCause: (a.rootCause ?? []).map((r) => planText(r, locale)),
    percent: track.percent,
    progressText:
      track.percent === null
        ? null
        : t('pdca.progress', { percent: formatPercent(track.percent / 100, locale) }),
    latestNote: track.latest && {
      heading: t('pdca.latestNote', { date: formatDate(track.latest.date, locale) }),
      text: planText(track.latest.text, locale),
    },
    verification: v
      ? {
          outcome: v.outcome,
          outcomeText: t(`pdca.outcome.${v.outcome}`),
          reasonText: t(`pdca.reason.${v.reason}`, {
            percent: formatPercent(Math.max(0, v.progress ?? 0), locale),
          }),
          observedText:
            v.before === null || v.after === null
              ? t('noData')
              : observedChange(v.before, v.after, unit, t, format, locale),
          significanceText:
            v.significant === null
              ? null
              : `${t(v.significant ? 'comparison.significant' : 'comparison.notSignificant')}, ${formatPValue(v.pValue!, locale)}`,
          nextStepText: v.nextStep
            ? t('pdca.nextStep', { step: t(`pdca.next.${v.nextStep}`) })
            : null,
        }
      : null,
  };
}

/**
 * Turns an improvement plan (and, once verified, `verifyImprovementPlan`'s result) into status
 * columns of action cards: owner, due date, overdue days, the 5-Why chain, progress, and expected
 * against observed effect with the outcome and the next step. Every judgement is the core's
 * (`trackImprovementPlan`, `verifyImprovementPlan`). An invalid plan logs one development error and
 * shows the no-data state. Takes the component's props: the options are read, every other
 * attribute is handed back in `rootProps`.
 *
 * @example
 * const board = useImprovementPlanBoard({ plan, verification });
 * board.columns.map((c) => c.cards.length); // cards per status
 */
export function useImprovementPlanBoard(
  props: ImprovementPlanBoardProps,
): ImprovementPlanBoardState {
  const {
    plan: givenPlan,
    verification: givenVerification,
    asOf,
    metricLabels,
    label: labelProp,
    loading: loadingProp,
    locale: localeProp,
    headingLevel = 3,
    renderCardFooter,
    ...rest
  } = props;
  const { t, theme, format, locale } = useWidgetSettings(localeProp, boardTexts);
  const baseId = useId();
  const loading = loadingProp === true;
  const plan = givenPlan ?? null;
  const verification = givenVerification ?? null;
  let tracking: PlanTracking | null = null;
  if (plan !== null) {
    try {
      tracking = trackImprovementPlan(plan, {
        asOf: asOf ?? verification?.asOf ?? END_OF_TIME,
      });
    } catch (error) {
      warnInvalidProp(
        WIDGET,
        'plan',
        plan.id,
        String((error as Error).message ?? error),
        'showing no data',
      );
    }
  }
  if (verification !== null && plan !== null && verification.planId !== plan.id) {
    warnInvalidProp(
      WIDGET,
      'verification',
      verification.planId,
      `verification must be of the plan "${plan.id}"`,
      'ignoring it',
    );
  }
  const verified = new Map<string, ActionVerification>(
    verification !== null && plan !== null && verification.planId === plan.id
      ? verification.actions.map((v) => [v.actionId, v])
      : [],
  );
  const flagOverdue = asOf !== undefined || verification !== null;
  const label = labelProp ?? (plan ? planText(plan.title, locale) : t('pdca.board.title'));
  const context: CardContext = {
    t,
    format: (v, u) => format(v, u),
    locale,
    tracking: tracking as PlanTracking,
    verified,
    flagOverdue,
    baseId,
    metricLabels,
  };
  const card = (a: ImprovementAction, i: number) => toCard(a, i, context);
  const columns: BoardColumn[] = [];
  if (plan && tracking) {
    for (const status of statuses) {
      const cards = plan.actions.flatMap((a, i) => (a.status === status ? [card(a, i)] : []));
      if (status === 'cancelled' && cards.length === 0) continue;
      columns.push({
        status,
        title: t(`pdca.status.${status}`),
        headingId: `${baseId}-${status}`,
        countText: t('pdca.count', { count: cards.length }),
        cards,
      });
    }
  }
  const cycle =
    plan &&
    (plan.cycles.find((c) => c.id === verification?.cycleId) ??
      (plan.cycles.length === 1 ? plan.cycles[0] : undefined));
  const s = verification?.summary;
  const overdue = tracking && flagOverdue ? tracking.overdue : 0;
  return {
    status: loading ? 'loading' : columns.length === 0 ? 'noData' : 'ready',
    label,
    cycleText: cycle ? t('pdca.period', { baseline: cycle.baseline, review: cycle.review }) : null,
    outcomeText: s ? t(`pdca.cycle.${s.outcome}`) : null,
    summaryText: s ? t('pdca.summary', { ...s.outcomes }) : null,
    overdueText: overdue > 0 ? t('pdca.overdueCount', { count: overdue }) : null,
    columns,
    headingLevel,
    renderCardFooter,
    texts: {
      owner: t('pdca.owner'),
      due: t('pdca.due'),
      target: t('pdca.target'),
      expected: t('pdca.expected'),
      observed: t('pdca.observed'),
      rootCause: t('pdca.rootCause'),
      next: t('pdca.next'),
      empty: t('pdca.emptyColumn'),
      noData: t('noData'),
      loading: t('loading'),
    },
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, ImprovementPlanBoardOptions>),
      role: 'group',
      'aria-label': label,
      'data-theme': theme,
      lang: locale,
      ...(loading ? { 'aria-busy': true } : {}),
    },
  };
}

/**
 * "before → after (change)" of a verified action. Durations are written in one unit for the
 * three ("25.5 h → 21.4 h (-4.1 h)", not "1 d 2 h → 21 h 24 min (-4 h 7 min)").
 */
function observedChange(
  before: number,
  after: number,
  unit: MetricUnit,
  t: CardContext['t'],
  format: CardContext['format'],
  locale: Locale,
): string {
  if (unit === 'duration') {
    const duration = durationFormatter([before, after], { locale });
    return t('comparison.change', {
      before: duration(before),
      after: duration(after),
      delta: duration(after - before, 'exceptZero'),
    });
  }
  return t('comparison.change', {
    before: format(before, unit),
    after: format(after, unit),
    delta: formatDelta(after - before, unit, locale),
  });
}
