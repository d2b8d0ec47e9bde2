import { type ScorecardResult, type ScorecardTemplate, scoreScorecard } from '@servicescore/core';
import { ScorecardTable, ServiceScoreProvider } from '@servicescore/react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';
import {
  fullResult,
  insufficientResult,
  lowCoverageResult,
  smallResult,
  smallTemplate,
} from './fixtures';

afterEach(cleanup);

/** The cells of the body row whose row header reads `label`, as text. */
function rowTexts(label: string): string[] {
  const header = screen.getByRole('rowheader', { name: label });
  const row = header.closest('tr')!;
  // Rules keep each threshold on one line with no-break spaces (see the keepTogether test below);
  // they read as plain spaces here.
  return [...row.children].map((c) => (c.textContent ?? '').replaceAll('\u00a0', ' '));
}

describe('ScorecardTable content', () => {
  const consoleErrors = captureConsoleErrors();

  it('captions the table with the template label and names every column', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const table = screen.getByRole('table', { name: '小型考核表' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      '指标',
      '权重',
      '实际值',
      '评分规则',
      '得分',
      '分数',
      '加权得分',
      '等级',
      '改进建议',
    ]);
    consoleErrors.expectNone();
  });

  it('shows an indicator row with its value by unit, rule, points, score, weighted score, grade and suggestion', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    // 0.93 → "93.0%"; 8 of 10 points → 80.0; 80 × 40 / 70 = 45.71. 70 of the 100 weight has
    // data, so the effective weight is 40 × 100 / 70 = 57.14 (nominal 40 for screen readers and in
    // the tooltip) and 80 × 57.14 / 100 = 45.71 adds up.
    expect(rowTexts('响应及时率')).toEqual([
      '响应及时率',
      '57.14 (模板权重 40)',
      '93.0%',
      '≥ 95% → 10；≥ 90% → 8；其他 → 5',
      '8 / 10',
      '80.0',
      '45.71',
      '良好',
      '增加高峰期客服人员',
    ]);
  });

  it('formats a duration value and hides the suggestion at full points', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    // 1 h ≤ 2 h → 10 points → 100.0; 100 × 20 / 70 = 28.57; effective weight 20 × 100 / 70 = 28.57
    expect(rowTexts('平均处理时长')).toEqual([
      '平均处理时长',
      '28.57 (模板权重 20)',
      '1小时',
      '≤ 2小时 → 10；≤ 24小时 → 8；其他 → 5',
      '10 / 10',
      '100.0',
      '28.57',
      '优秀',
      '',
    ]);
  });

  it('gives a dimension row its own score, weighted score and grade', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    // speed = (80·40 + 100·20) / 60 = 86.67; weighted 45.71 + 28.57 = 74.29; effective weight
    // 60 × 100 / 70 = 85.71
    expect(rowTexts('速度')).toEqual([
      '速度',
      '85.71 (模板权重 60)',
      '',
      '',
      '',
      '86.7',
      '74.29',
      '良好',
      '',
    ]);
    // care = manual 60 only (followUp missing, renormalised); weighted 600 / 70 = 8.57; effective
    // weight: only the manual 10 counts, 10 × 100 / 70 = 14.29
    expect(rowTexts('关怀')).toEqual([
      '关怀',
      '14.29 (模板权重 40)',
      '',
      '',
      '',
      '60.0',
      '8.57',
      '合格',
      '',
    ]);
  });

  it('shows a missing indicator as 无数据 with a dash and the neutral tone icon', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    // No data: its weight is spread over the rest, so it weighs 0 in the total (nominal 30).
    expect(rowTexts('回访及时性')).toEqual([
      '回访及时性',
      '0 (模板权重 30)',
      '—',
      '≥ 100% → 10；≥ 90% → 8；其他 → 5',
      '—',
      '—',
      '—',
      '无数据',
      '',
    ]);
    const status = screen.getByText('无数据');
    expect(status.getAttribute('data-tone')).toBe('none');
    expect(status.querySelector('svg[data-tone="none"]')).not.toBeNull();
  });

  it('gives the nominal weight in a tooltip where it differs from the effective one', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const weight = screen.getByRole('rowheader', { name: '响应及时率' }).closest('tr')!
      .children[1]!;
    // 40 × 100 / 70 = 57.14 shown; the template's 40 in the title.
    expect(weight.querySelector('[title]')?.getAttribute('title')).toBe('模板权重 40');
    // Full coverage: effective = nominal, so the plain number and no tooltip.
    cleanup();
    renderStrict(<ScorecardTable result={fullResult()} />);
    const full = screen.getByRole('rowheader', { name: '响应及时率' }).closest('tr')!.children[1]!;
    expect(full.textContent).toBe('40');
    expect(full.querySelector('[title]')).toBeNull();
  });

  it('gives no grade below the coverage a grade needs, and says why with the coverage', () => {
    renderStrict(<ScorecardTable result={lowCoverageResult()} locale="en-US" />);
    const total = screen.getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    const cells = [...total.children].map((c) => c.textContent);
    // timely alone: 8 of 10 points → 80.0; coverage 40 of 100 = 40 % < 60 %.
    expect(cells.at(-2)).toBe('Insufficient data (coverage 40%)');
    expect(cells).toContain('80.0');
    expect(total.querySelector('.ss-grade-badge')).toBeNull();
    expect(
      screen.getByText('Data coverage 40% is below the 60% a grade needs: no grade is given'),
    ).toBeTruthy();
  });

  it('shows an insufficient sample as 样本不足 and never its unreliable value', () => {
    renderStrict(<ScorecardTable result={insufficientResult()} />);
    const cells = rowTexts('回访及时性');
    expect(cells[2]).toBe('—'); // the value 0.5 is not shown
    expect(cells[7]).toBe('样本不足');
  });

  it('marks manual points as 人工评分', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    // manual 6 of 10 → 60.0; 60 × 10 / 70 = 8.57
    expect(rowTexts('现场检查').slice(4, 8)).toEqual(['6 / 10', '60.0', '8.57', '合格人工评分']);
  });

  it('tones score cells with the tone in the result, without recomputing it', () => {
    const result = smallResult();
    const speed = result.dimensions[0]!;
    // The tone a host's own grade scale gave: 'pass' for an 80-point score.
    const doctored: ScorecardResult = {
      ...result,
      dimensions: [
        {
          ...speed,
          indicators: [{ ...speed.indicators[0]!, tone: 'pass' }, speed.indicators[1]!],
        },
        result.dimensions[1]!,
      ],
    };
    renderStrict(<ScorecardTable result={doctored} />);
    const row = screen.getByRole('rowheader', { name: '响应及时率' }).closest('tr')!;
    const score = row.querySelector('.ss-scorecard-table__cell--score')!;
    expect(score.textContent).toBe('80.0');
    expect(score.getAttribute('data-tone')).toBe('pass');
  });

  it('labels every body and total cell but the row header with its column header (the stacked layout shows it)', () => {
    const { container } = renderStrict(<ScorecardTable result={smallResult()} />);
    const labels = (row: Element) => [...row.children].map((c) => c.getAttribute('data-label'));
    const columns = ['权重', '实际值', '评分规则', '得分', '分数', '加权得分', '等级', '改进建议'];
    const rows = container.querySelectorAll('tbody tr, tfoot tr');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(labels(row)).toEqual([null, ...columns]);
  });

  it('totals in the footer with the grade and the data coverage', () => {
    const { container } = renderStrict(<ScorecardTable result={smallResult()} />);
    const total = screen.getByRole('rowheader', { name: '总分' }).closest('tr')!;
    // weights 60 + 40 = 100; coverage 70/100; total 5800/70 = 82.857 → 82.9 / 82.86; 良好
    expect([...total.children].map((c) => c.textContent)).toEqual([
      '总分',
      '100',
      '',
      '数据覆盖率 70%',
      '',
      '82.9',
      '82.86',
      '良好',
      '',
    ]);
    expect(container.querySelector('tfoot')?.contains(total)).toBe(true);
  });

  it('describes the table by the coverage note saying missing weight was renormalised', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const table = screen.getByRole('table');
    const note = document.getElementById(table.getAttribute('aria-describedby')!);
    expect(note?.textContent).toBe('数据覆盖率 70%，缺失指标的权重已分配给其余指标');
  });

  it('adds no note when every indicator has data: the total row already says the coverage', () => {
    const { container } = renderStrict(<ScorecardTable result={fullResult()} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-describedby')).toBeNull();
    expect(container.querySelector('.ss-scorecard-table__note')).toBeNull();
    // Said once, in the total row (under the rule column).
    expect(container.textContent?.match(/数据覆盖率 100%/g)).toHaveLength(1);
  });

  it('says the coverage in the note when neither the value nor the rule column is shown', () => {
    renderStrict(
      <ScorecardTable result={fullResult()} columns={['indicator', 'score', 'grade']} />,
    );
    const table = screen.getByRole('table');
    const note = document.getElementById(table.getAttribute('aria-describedby')!);
    expect(note?.textContent).toBe('数据覆盖率 100%');
  });

  it('says missing indicators count as 0 under the zero policy', () => {
    const result = scoreScorecard(
      smallTemplate,
      { timely: 0.93, handling: 3_600_000 },
      { manual: { manualCheck: 6 }, missing: 'zero' },
    );
    renderStrict(<ScorecardTable result={result} />);
    // total = 5800 / 100 = 58.0 → 待改进
    const total = screen.getByRole('rowheader', { name: '总分' }).closest('tr')!;
    expect(total.children[5]?.textContent).toBe('58.0');
    expect(total.children[7]?.textContent).toBe('待改进');
    expect(screen.getByText('数据覆盖率 70%，缺失指标按 0 分计入总分')).toBeTruthy();
  });

  it('speaks en-US from the locale prop and takes the theme from the provider', () => {
    renderStrict(
      <ServiceScoreProvider theme="dark">
        <ScorecardTable result={smallResult()} locale="en-US" />
      </ServiceScoreProvider>,
    );
    const table = screen.getByRole('table', { name: 'Small scorecard' });
    expect(screen.getByRole('columnheader', { name: 'Actual' })).toBeTruthy();
    expect(screen.getByText('No data')).toBeTruthy();
    expect(rowTexts('Timely response')[3]).toBe('≥ 95% → 10; ≥ 90% → 8; else → 5');
    const root = table.closest('.ss-scorecard-table')!;
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('lang')).toBe('en-US');
  });

  it('takes a caption and passes root attributes through', () => {
    renderStrict(
      <ScorecardTable
        result={smallResult()}
        caption="2026 年 10 月考核"
        id="card"
        className="mine"
        data-testid="root"
        style={{ maxWidth: 900 }}
      />,
    );
    const root = screen.getByTestId('root');
    expect(root.id).toBe('card');
    expect(root.className).toBe('ss-widget ss-scorecard-table mine');
    expect(root.style.maxWidth).toBe('900px');
    expect(screen.getByRole('table', { name: '2026 年 10 月考核' })).toBeTruthy();
  });
});

describe('ScorecardTable states', () => {
  const consoleErrors = captureConsoleErrors();

  it('shows 加载中… with aria-busy while loading', () => {
    renderStrict(<ScorecardTable result={smallResult()} loading data-testid="root" />);
    const root = screen.getByTestId('root');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows 暂无数据 without a result, and logs nothing', () => {
    renderStrict(<ScorecardTable result={null} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    consoleErrors.expectNone();
  });

  it('falls back to 暂无数据 and logs one error for a result that is not a ScorecardResult', () => {
    resetWarnings();
    renderStrict(<ScorecardTable result={{ dimensions: 'x' } as unknown as ScorecardResult} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `result` of value `\{"dimensions":"x"\}` supplied to `ScorecardTable`: result.dimensions must be an array/,
    );
  });

  it('renders hostile labels as text, truncated with the full text in title', () => {
    const long = '很长的指标名称'.repeat(1500); // 10,500 characters
    const hostile: ScorecardTemplate = {
      ...smallTemplate,
      label: { 'zh-CN': '<script>alert(1)</script>', 'en-US': 'x' },
      dimensions: [
        {
          ...smallTemplate.dimensions[0]!,
          label: { 'zh-CN': '<img src=x onerror=alert(1)>', 'en-US': 'x' },
          indicators: [
            {
              ...smallTemplate.dimensions[0]!.indicators[0]!,
              label: { 'zh-CN': long, 'en-US': long },
            },
            {
              ...smallTemplate.dimensions[0]!.indicators[1]!,
              label: { 'zh-CN': 'مرحبا 👩🏽‍🔧 שלום', 'en-US': 'x' },
            },
          ],
        },
        smallTemplate.dimensions[1]!,
      ],
    };
    const result = scoreScorecard(hostile, { timely: 0.93, handling: 3_600_000 });
    const { container } = renderStrict(<ScorecardTable result={result} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table', { name: '<script>alert(1)</script>' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    const label = screen.getByTitle(long);
    expect(label.className).toBe('ss-scorecard-table__label');
    expect(screen.getByText('مرحبا 👩🏽‍🔧 שלום')).toBeTruthy();
  });

  it('has no axe violations when ready, loading and empty', async () => {
    const { container } = renderStrict(
      <>
        <ScorecardTable result={smallResult()} />
        <ScorecardTable result={insufficientResult()} locale="en-US" />
        <ScorecardTable result={null} loading />
        <ScorecardTable result={null} />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000); // axe over four tables is slow on a busy machine

  it('hydrates the server HTML without warnings', async () => {
    const container = await expectCleanHydration(<ScorecardTable result={smallResult()} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(6); // 2 dimensions + 4 indicators
  });
});

describe('keepTogether', () => {
  it('joins a comparator, an arrow and a unit to their number with no-break spaces, not the bands', async () => {
    const { keepTogether } = await import(
      '../../../packages/react/src/scorecard-table/scorecard-rows'
    );
    const nb = '\u00a0';
    expect(keepTogether('≤ 2 h → 10; ≤ 24 h → 8; else → 5')).toBe(
      `≤${nb}2${nb}h →${nb}10; ≤${nb}24${nb}h →${nb}8; else →${nb}5`,
    );
    expect(keepTogether('≥ 95% → 10；其他 → 5')).toBe(`≥${nb}95% →${nb}10；其他 →${nb}5`);
    expect(keepTogether('≥ 2 → 10; ≥ 1 → 8')).toBe(`≥${nb}2 →${nb}10; ≥${nb}1 →${nb}8`);
  });
});
