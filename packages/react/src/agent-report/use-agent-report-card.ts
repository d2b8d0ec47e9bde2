import type { AgentReport, GradeId, GradeResult, Locale } from '@servicescore/core';
import type { ButtonHTMLAttributes, HTMLAttributes } from 'react';
import { useId } from 'react';
import { pdcaTexts, planText } from '../improvement-plan-board/board-texts';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';

const WIDGET = 'AgentReportCard';

/** Props of {@link useAgentReportCard} and `AgentReportCard`. */
export interface AgentReportCardOptions {
  /** The result of the core's `agentAssessmentReport`. */
  report?: AgentReport | null | undefined;
  /** The widget's accessible name. @default '个人考核报告 · {name}' / 'Assessment report · {name}' */
  label?: string | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/** What {@link useAgentReportCard} returns. */
export interface AgentReportCardState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
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
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string; 'aria-busy'?: boolean };
  /** Spread on the print button: prints the page (the card's print styles hide the rest of the widget chrome). */
  printProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
}

/**
 * Turns an `agentAssessmentReport` into the texts of a printable report card: grade and total,
 * dimension scores, the weakest indicators with the template's 改进建议, training topics and the
 * host's consequence for the grade. The print button calls `window.print()` only when pressed.
 *
 * @example
 * const card = useAgentReportCard({ report });
 * card.weakest.map((w) => w.label); // ['响应及时率', …]
 */
export function useAgentReportCard(options: AgentReportCardOptions): AgentReportCardState {
  const { t, theme, format, locale } = useWidgetSettings(options.locale, pdcaTexts);
  const titleId = useId();
  let report = options.report ?? null;
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
  const label = options.label ?? (report ? `${title} · ${name ?? report.agentId}` : title);
  const loading = options.loading === true;
  const indicatorNames = new Map(report?.weakest.map((w) => [w.id, w.label[locale]]) ?? []);
  return {
    status: loading ? 'loading' : report === null ? 'noData' : 'ready',
    label,
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
