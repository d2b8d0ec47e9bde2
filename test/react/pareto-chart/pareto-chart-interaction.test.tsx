import { ParetoChart } from '@servicescore/react';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderStrict } from '../utils';

// KPIS.md example, total 77: shares 41.6 / 24.7 / 19.5 / 6.5 / 3.9 / 2.6 / 1.3 %,
// cumulative 32/77 = 41.6 %, 51/77 = 66.2 %, 66/77 = 85.7 %, 71/77 = 92.2 %, 74/77 = 96.1 %,
// 76/77 = 98.7 %, 77/77 = 100 %; the vital few (cutoff 80 %) are the first three.
const kpis = [
  { category: '响应不及时', count: 15 },
  { category: '包装破损', count: 32 },
  { category: '配送延迟', count: 19 },
  { category: '服务态度', count: 5 },
  { category: '预约爽约', count: 3 },
  { category: '配件缺失', count: 2 },
  { category: '收费争议', count: 1 },
];

const bars = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGGElement>('.ss-pareto-chart__column'),
];

afterEach(cleanup);

describe('ParetoChart keyboard, pointer and tooltip', () => {
  it('makes the bars one tab stop and moves focus with the arrow keys, Home and End', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} />);
    const all = bars(container);
    expect(all.map((b) => b.getAttribute('tabindex'))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
    ]);
    act(() => all[0]!.focus());
    fireEvent.keyDown(all[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bars(container)[1]);
    expect(bars(container)[1]!.getAttribute('tabindex')).toBe('0');
    expect(bars(container)[0]!.getAttribute('tabindex')).toBe('-1');
    fireEvent.keyDown(bars(container)[1]!, { key: 'End' });
    expect(document.activeElement).toBe(bars(container)[6]);
    fireEvent.keyDown(bars(container)[6]!, { key: 'ArrowRight' }); // stays on the last bar
    expect(document.activeElement).toBe(bars(container)[6]);
    fireEvent.keyDown(bars(container)[6]!, { key: 'Home' });
    expect(document.activeElement).toBe(bars(container)[0]);
    fireEvent.keyDown(bars(container)[0]!, { key: 'ArrowLeft' }); // stays on the first bar
    expect(document.activeElement).toBe(bars(container)[0]);
  });

  it('calls onCategorySelect with the category on Enter, Space and click', () => {
    const onSelect = vi.fn();
    const { container } = renderStrict(<ParetoChart data={kpis} onCategorySelect={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(7);
    fireEvent.keyDown(bars(container)[0]!, { key: 'Enter' });
    fireEvent.keyDown(bars(container)[0]!, { key: ' ' });
    fireEvent.click(bars(container)[2]!);
    expect(onSelect.mock.calls.map((call) => call[0])).toEqual([
      '包装破损',
      '包装破损',
      '响应不及时',
    ]);
    expect(onSelect.mock.calls[2]![1]).toMatchObject({ count: 15, vital: true });
  });

  it('draws bars as images, not buttons, when there is no onCategorySelect', () => {
    renderStrict(<ParetoChart data={kpis} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getAllByRole('img')).toHaveLength(7);
  });

  it('shows a tooltip for the focused bar, hides it on Escape and follows hover', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} />);
    expect(container.querySelector('.ss-pareto-chart__tooltip')).toBeNull();
    act(() => bars(container)[1]!.focus());
    const tooltip = () => container.querySelector('.ss-pareto-chart__tooltip');
    expect(tooltip()?.textContent).toContain('配送延迟');
    expect(tooltip()?.textContent).toContain('66.2%');
    fireEvent.keyDown(bars(container)[1]!, { key: 'Escape' });
    expect(tooltip()).toBeNull();
    fireEvent.pointerEnter(bars(container)[3]!);
    expect(tooltip()?.textContent).toContain('服务态度');
    fireEvent.pointerLeave(container.querySelector('.ss-pareto-chart__bars')!);
    expect(tooltip()?.textContent).toContain('配送延迟'); // back to the focused bar
  });

  it('takes renderTooltip as the tooltip content', () => {
    const { container } = renderStrict(
      <ParetoChart data={kpis} renderTooltip={(bar) => <b>custom {bar.countText}</b>} />,
    );
    fireEvent.pointerEnter(bars(container)[0]!);
    expect(container.querySelector('.ss-pareto-chart__tooltip')?.textContent).toBe('custom 32');
  });
});
