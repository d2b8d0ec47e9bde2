import type { HostAttributes } from '../shared/host-attributes';
import type { AgentReport, GradeId, GradeResult, Locale } from '@servicescore/core';
import type { ButtonHTMLAttributes, HTMLAttributes } from 'react';
import { useId } from 'react';
import { planText } from '../improvement-plan-board/board-texts';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import { reportTexts } from './report-texts';

const WIDGET = 'AgentReportCard';

/** Options of {@link useAgentReportCard} and `AgentReportCard`. */
export interface AgentReportCardOptions {
  /** The result of the core's `agentAssessmentReport`. */
  report?: AgentReport | null | undefined;
  /** The widget's accessible name. @default '个人考核报告 · {name}' / 'Assessment report · {name}' */
  label?: string | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** Heading level of the card title; sections take the next one. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Shows the print button. @default true */
  printButton?: boolean | undefined;
}

/**
 * Props of `AgentReportCard` and {@link useAgentReportCard}: the card options and any root `<div>`
 * attribute (the hook hands the attributes back in `rootProps`).
 */
export interface AgentReportCardProps
  extends AgentReportCardOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** What {@link useAgentReportCard} returns. */
export interface AgentReportCardState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  /** The locale the card is written in (the `locale` option, else the provider's). */
  locale: Locale;
  /** The `headingLevel` option: the title's heading level; sections take the next one. */
  headingLevel: 2 | 3 | 4 | 5;
  /** The `printButton` option: whether to show the print button. */
  printButton: boolean;
  titleId: string;
  title: string;
  /** "王芳 · A07". */
  person: string;
  periodText: string | null;
  totalText: string;
  grade: GradeResult | null;
  /** "数据不足，暂不定级" when there is no grade. */
  noGradeText: string | null;
  dimensions: {
    id: string;
    label: string;
    score: number | null;
    scoreText: string;
    tone: GradeId | null;
  }[];
  weakest: {
    id: string;
    label: string;
    valueText: string;
    pointsText: string;
    suggestions: string[];
  }[];
  training: { topic: string; indicators: string }[];
  consequence: { label: string; bonusText: string | null; measures: string[] } | null;
  headings: {
    period: string;
    total: string;
    dimensions: string;
    weakest: string;
    training: string;
    consequence: string;
  };
  noWeakText: string;
  noDataText: string;
  loadingText: string;
  /** Spread on the root: the host's attributes (its `className` too), then the group's role, name, busy state, theme and lang. */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string };
  /** Spread on the print button: prints the page (the card's print styles hide the rest of the widget chrome). */
  printProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
}

/**
 * Turns an `agentAssessmentReport` into the texts of a printable report card: grade and total,
 * dimension scores, the weakest indicators with the template's 改进建议, training topics and the
 * host's consequence for the grade. The print button calls `window.print()` only when pressed.
 * Takes the component's props: the options are read, every other attribute is handed back in
 * `rootProps`.
 *
 * @example
 * const card = useAgentReportCard({ report });
 * card.weakest.map((w) => w.label); // ['响应及时率', …]
 */
export function useAgentReportCard(props: AgentReportCardProps): AgentReportCardState {
  const {
    report: given,
    label: labelProp,
    loading: loadingProp,
    locale: localeProp,
    headingLevel = 3,
    printButton = true,
    ...rest
  } = props;
  const { t, theme, format, locale } = useWidgetSettings(localeProp, reportTexts);
  const titleId = useId();
  let report = given ?? null;
  if (
    report !== null &&
    !(typeof report.agentId === 'string' && Array.isArray(report.dimensions))
  ) {
    warnInvalidProp(
      WIDGET,
      'report',
      report,
      'report must be the result of agentAssessmentReport',
      'showing no data',
    );
    report = null;
  }
  const name = report?.name == null ? null : planText(report.name, locale);
  const person = report ? (name ? `${name} · ${report.agentId}` : report.agentId) : '';
  const title = t('report.title');
  const label = labelProp ?? (report ? `${title} · ${name ?? report.agentId}` : title);
  const loading = loadingProp === true;
  const indicatorNames = new Map(report?.weakest.map((w) => [w.id, w.label[locale]]) ?? []);
  return {
    status: loading ? 'loading' : report === null ? 'noData' : 'ready',
    label,
    locale,
    headingLevel,
    printButton,
    titleId,
    title,
    person,
    periodText: report?.period ?? null,
    totalText: format(report?.total ?? null, 'score'),
    grade: report?.grade ?? null,
    noGradeText: report && report.grade === null ? t('report.noGrade') : null,
    dimensions: (report?.dimensions ?? []).map((d) => ({
      id: d.id,
      label: d.label[locale],
      score: d.score,
      scoreText: format(d.score, 'score'),
      tone: d.tone,
    })),
    weakest: (report?.weakest ?? []).map((w) => ({
      id: w.id,
      label: w.label[locale],
      valueText: w.unit === null ? '' : format(w.value, w.unit),
      pointsText: t('report.points', {
        points: format(w.points, 'number'),
        max: format(w.maxPoints, 'number'),
      }),
      suggestions: w.suggestions.map((s) => s[locale]),
    })),
    training: (report?.training ?? []).map((x) => ({
      topic: planText(x.topic, locale),
      indicators: t('report.for', {
        indicators: x.indicators
          .map((id) => indicatorNames.get(id) ?? id)
          .join(locale === 'zh-CN' ? '、' : ', '),
      }),
    })),
    consequence: report?.consequence
      ? {
          label: planText(report.consequence.label, locale),
          bonusText:
            report.consequence.bonusCoefficient === undefined
              ? null
              : t('report.bonus', { value: format(report.consequence.bonusCoefficient, 'number') }),
          measures: (report.consequence.measures ?? []).map((m) => planText(m, locale)),
        }
      : null,
    headings: {
      period: t('report.period'),
      total: t('total'),
      dimensions: t('report.dimensions'),
      weakest: t('report.weakest'),
      training: t('report.training'),
      consequence: t('report.consequence'),
    },
    noWeakText: t('report.noWeak'),
    noDataText: t('noData'),
    loadingText: t('loading'),
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, AgentReportCardOptions>),
      role: 'group',
      // Ready: named by its visible title; loading or empty: by the label.
      ...(loading || report === null ? { 'aria-label': label } : { 'aria-labelledby': titleId }),
      'data-theme': theme,
      lang: locale,
      ...(loading ? { 'aria-busy': true } : {}),
    },
    printProps: {
      type: 'button',
      onClick: () => {
        if (typeof window !== 'undefined') window.print();
      },
      children: t('report.print'),
    },
  };
}
