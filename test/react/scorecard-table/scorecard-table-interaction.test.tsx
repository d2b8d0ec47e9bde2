import { scorecardToCsv } from '@servicescore/core';
import { ScorecardTable, useScorecardTable } from '@servicescore/react';
import { cleanup, fireEvent, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { captureConsoleErrors, renderStrict } from '../utils';
import { smallResult } from './fixtures';

afterEach(cleanup);

/** Row header texts of the body, top to bottom. */
function bodyOrder(): string[] {
  return [...document.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent ?? '');
}

function sortButton(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name }) as HTMLButtonElement;
}

describe('ScorecardTable expanding', () => {
  it('starts expanded with a real button per dimension carrying aria-expanded', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const speed = screen.getByRole('button', { name: '速度' });
    expect(speed.tagName).toBe('BUTTON');
    expect(speed.getAttribute('type')).toBe('button');
    expect(speed.getAttribute('aria-expanded')).toBe('true');
    expect(speed.getAttribute('title')).toBe('收起');
    speed.focus();
    expect(document.activeElement).toBe(speed);
    expect(bodyOrder()).toEqual([
      '速度',
      '响应及时率',
      '平均处理时长',
      '关怀',
      '回访及时性',
      '现场检查',
    ]);
  });

  it('collapses and re-expands one dimension', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    fireEvent.click(screen.getByRole('button', { name: '速度' }));
    expect(screen.getByRole('button', { name: '速度' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(screen.getByRole('button', { name: '速度' }).getAttribute('title')).toBe('展开');
    expect(bodyOrder()).toEqual(['速度', '关怀', '回访及时性', '现场检查']);
    fireEvent.click(screen.getByRole('button', { name: '速度' }));
    expect(bodyOrder()).toHaveLength(6);
  });

  it('collapses and expands all dimensions from the toolbar', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    fireEvent.click(screen.getByRole('button', { name: '全部收起' }));
    expect(bodyOrder()).toEqual(['速度', '关怀']);
    fireEvent.click(screen.getByRole('button', { name: '全部展开' }));
    expect(bodyOrder()).toHaveLength(6);
  });

  it('starts collapsed with defaultExpanded={false}', () => {
    renderStrict(<ScorecardTable result={smallResult()} defaultExpanded={false} />);
    expect(bodyOrder()).toEqual(['速度', '关怀']);
    expect(screen.getByRole('button', { name: '全部展开' })).toBeTruthy();
  });
});

describe('ScorecardTable sorting', () => {
  it('marks only sortable headers with aria-sort, none at first', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const sorts = [...document.querySelectorAll('thead th')].map((th) =>
      th.getAttribute('aria-sort'),
    );
    // indicator, weight, value, rule, points, score, weightedScore, grade, suggestion
    expect(sorts).toEqual([null, 'none', 'none', null, 'none', 'none', null, null, null]);
  });

  it('sorts indicators by score within each dimension, descending first, dimensions in template order', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    fireEvent.click(sortButton('分数'));
    expect(sortButton('分数').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    // speed: handling 100 > timely 80; care: manualCheck 60, followUp missing last
    expect(bodyOrder()).toEqual([
      '速度',
      '平均处理时长',
      '响应及时率',
      '关怀',
      '现场检查',
      '回访及时性',
    ]);
  });

  it('sorts ascending on the second press, still with missing values last', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    fireEvent.click(sortButton('分数'));
    fireEvent.click(sortButton('分数'));
    expect(sortButton('分数').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyOrder()).toEqual([
      '速度',
      '响应及时率',
      '平均处理时长',
      '关怀',
      '现场检查',
      '回访及时性',
    ]);
  });

  it('returns to template order on the third press', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    for (let i = 0; i < 3; i++) fireEvent.click(sortButton('分数'));
    expect(sortButton('分数').closest('th')?.getAttribute('aria-sort')).toBe('none');
    expect(bodyOrder()).toEqual([
      '速度',
      '响应及时率',
      '平均处理时长',
      '关怀',
      '回访及时性',
      '现场检查',
    ]);
  });

  it('sorts by weight within each dimension and resets the other header', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    fireEvent.click(sortButton('分数'));
    fireEvent.click(sortButton('权重'));
    expect(sortButton('分数').closest('th')?.getAttribute('aria-sort')).toBe('none');
    // By the weight shown, the effective one (70 of 100 has data, so × 100 / 70): speed: timely
    // 57.14 > handling 28.57; care: manualCheck 14.29 > followUp 0 (no data, nominal 30).
    expect(bodyOrder()).toEqual([
      '速度',
      '响应及时率',
      '平均处理时长',
      '关怀',
      '现场检查',
      '回访及时性',
    ]);
    fireEvent.click(sortButton('权重'));
    expect(bodyOrder()).toEqual([
      '速度',
      '平均处理时长',
      '响应及时率',
      '关怀',
      '回访及时性',
      '现场检查',
    ]);
  });

  it('sorts by points, the sort controls being real buttons', () => {
    renderStrict(<ScorecardTable result={smallResult()} />);
    const points = sortButton('得分');
    expect(points.getAttribute('type')).toBe('button');
    fireEvent.click(points);
    // speed: 10 > 8; care: 6, missing last
    expect(bodyOrder()).toEqual([
      '速度',
      '平均处理时长',
      '响应及时率',
      '关怀',
      '现场检查',
      '回访及时性',
    ]);
  });
});

describe('ScorecardTable columns', () => {
  const consoleErrors = captureConsoleErrors();

  it('shows only the listed columns, the indicator column always first', () => {
    renderStrict(<ScorecardTable result={smallResult()} columns={['grade', 'points']} />);
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['指标', '等级', '得分']);
    const total = [...document.querySelectorAll('tfoot tr > *')].map((c) => c.textContent);
    expect(total).toEqual(['总分', '良好', '']);
    consoleErrors.expectNone();
  });

  it('puts the coverage under the value column when the rule column is hidden', () => {
    renderStrict(<ScorecardTable result={smallResult()} columns={['value', 'score']} />);
    const total = [...document.querySelectorAll('tfoot tr > *')].map((c) => c.textContent);
    // coverage 70 / 100; total 5800 / 70 = 82.857
    expect(total).toEqual(['总分', '数据覆盖率 70%', '82.9']);
  });

  it('skips an unknown column id with one console error', () => {
    resetWarnings();
    renderStrict(
      <ScorecardTable result={smallResult()} columns={['score', 'colour' as 'score']} />,
    );
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['指标', '分数']);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `columns` of value `colour` supplied to `ScorecardTable`: every column id must be one of indicator, weight/,
    );
  });
});

describe('ScorecardTable export', () => {
  it('returns the core CSV from the hook', () => {
    const result = smallResult();
    const { result: hook } = renderHook(() => useScorecardTable({ result, locale: 'en-US' }));
    expect(hook.current.csv()).toBe(scorecardToCsv(result, 'en-US'));
    expect(hook.current.status).toBe('ready');
    expect(hook.current.bodyRows).toHaveLength(6);
  });

  it('downloads the CSV through a Blob URL with the filename on click', async () => {
    const result = smallResult();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:scorecard';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    try {
      renderStrict(<ScorecardTable result={result} filename="october.csv" />);
      expect(createObjectURL).not.toHaveBeenCalled(); // nothing at render time
      fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
      expect(downloads).toEqual(['october.csv blob:scorecard']);
      expect(await created[0]!.text()).toBe(scorecardToCsv(result, 'zh-CN'));
      expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('names the file after the template by default and disables export without a result', () => {
    const { result: hook } = renderHook(() => useScorecardTable({ result: smallResult() }));
    expect(hook.current.filename).toBe('small.csv');
    expect(hook.current.exportButtonProps.disabled).toBe(false);
    const none = renderHook(() => useScorecardTable({ result: null }));
    expect(none.result.current.csv()).toBe('');
    expect(none.result.current.exportButtonProps.disabled).toBe(true);
  });

  it('draws a custom toolbar, or none', () => {
    renderStrict(<ScorecardTable result={smallResult()} renderToolbar={() => null} />);
    expect(screen.queryByRole('button', { name: '导出 CSV' })).toBeNull();
    cleanup();
    renderStrict(
      <ScorecardTable
        result={smallResult()}
        renderToolbar={(s) => (
          <button type="button" onClick={s.download}>
            下载
          </button>
        )}
      />,
    );
    expect(screen.getByRole('button', { name: '下载' })).toBeTruthy();
  });
});
