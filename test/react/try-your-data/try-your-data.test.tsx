// Issue 12 item 7 and issue 11 item 10: the try-your-data page states and enforces its limits,
// refuses a CSV whose unclosed quote swallowed rows (saying where and how many), and never takes
// "judged at" from an instant past the creation-time horizon.
import type { ServiceTicket } from '@servicescore/core';
import { ServiceScoreProvider } from '@servicescore/react';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AS_OF_HORIZON_MS,
  checkCsv,
  dataLines,
  latestInstant,
  limits,
} from '../../../stories/try-your-data/analyse';
import { exampleCsv } from '../../../stories/try-your-data/example-csv';
import { TryYourDataPage } from '../../../stories/try-your-data/try-your-data-page';
import { renderStrict } from '../utils';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 2, 8);
const ticket = (i: number, extra: { resolvedAt?: number } = {}): ServiceTicket =>
  ({
    id: `T${i}`,
    createdAt: T0 + i * H,
    status: 'resolved',
    priority: 'normal',
    resolvedAt: T0 + i * H + 2 * H,
    ...extra,
  }) as ServiceTicket;

describe('latestInstant (the "judged at" instant)', () => {
  it('ignores an instant decades past the creation times and counts it', () => {
    const tickets = Array.from({ length: 100 }, (_, i) => ticket(i));
    tickets.push(ticket(100, { resolvedAt: Date.UTC(2150, 0, 1) }));
    // 101 creation times T0 … T0 + 100 h; the 99th percentile (index floor(101 × 0.99) = 99) is
    // T0 + 99 h; the horizon is 31 days later. The latest instant within it: ticket 100's
    // creation (T0 + 100 h); ticket 99's resolution T0 + 101 h is the latest one overall.
    const { asOf, beyond } = latestInstant(tickets);
    expect(beyond).toBe(1);
    expect(asOf).toBe(T0 + 101 * H);
    expect(T0 + 99 * H + AS_OF_HORIZON_MS).toBeGreaterThan(T0 + 101 * H);
  });

  it('keeps every instant of ordinary data', () => {
    expect(latestInstant([ticket(0), ticket(1)])).toEqual({ asOf: T0 + 3 * H, beyond: 0 });
    expect(latestInstant([])).toEqual({ asOf: null, beyond: 0 });
  });
});

describe('checkCsv', () => {
  it('counts data lines (CRLF, LF, blank lines skipped, header excluded)', () => {
    expect(dataLines('a,b\r\n1,2\r\n\r\n3,4\n5,6')).toBe(3);
    expect(dataLines('a,b\n')).toBe(0);
  });

  it('reports an unclosed quote with the row and the rows lost', () => {
    // 5 data lines; the parser returned 2 rows (row 2 swallowed lines 3–5): 3 lost.
    const text = 'id,note\n1,ok\n2,"open\n3,x\n4,y\n5,z';
    expect(checkCsv(text, 2, 2, [{ row: 1, message: 'Quoted field unterminated' }])).toEqual({
      ok: false,
      problem: 'parse',
      row: 2,
      message: 'Quoted field unterminated',
      lost: 3,
      lines: 5,
    });
  });

  it('enforces the limits', () => {
    expect(checkCsv('x', limits.rows + 1, 3, [])).toEqual({
      ok: false,
      problem: 'rows',
      rows: limits.rows + 1,
    });
    expect(checkCsv('x', 1, limits.columns + 1, [])).toMatchObject({ problem: 'columns' });
    expect(checkCsv('x', 1, 1, [])).toEqual({ ok: true });
  });
});

describe('TryYourDataPage', () => {
  it('states its limits and grades the example', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US">
        <TryYourDataPage initialText={exampleCsv} />
      </ServiceScoreProvider>,
    );
    expect(screen.getByText('Limits: 20 MB, 200,000 rows, 200 columns.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByText(/Scorecard/).length).toBeGreaterThan(0);
  });

  it('shows an error state, not a scorecard, when an unclosed quote swallowed rows', () => {
    const lines = exampleCsv.trimEnd().split('\n');
    // Open a quote in the first field of data row 5 and never close it.
    lines[5] = `"${lines[5]}`;
    renderStrict(
      <ServiceScoreProvider locale="en-US">
        <TryYourDataPage initialText={lines.join('\n')} />
      </ServiceScoreProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/a parse error near row \d+ .*a quote is not closed/);
    // 40 data rows; the parser returns rows 1–5, row 5 swallowing lines 6–40 into one field:
    // 40 − 5 = 35 rows lost. The quote is on line 6 of the file (the header is line 1).
    expect(alert.textContent).toMatch(/near row 6 .*35 of 40 data rows were lost/);
    expect(screen.queryByText(/Scorecard/)).toBeNull();
    expect(screen.queryByText(/Field mapping|2\. Field/)).toBeNull();
  });
});

/** Lets the in-thread runner's scheduled task (setTimeout 0) run: an ordering step, not a wait. */
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const renderPage = (locale: 'en-US' | 'zh-CN', initialText = '') =>
  renderStrict(
    <ServiceScoreProvider locale={locale}>
      <TryYourDataPage initialText={initialText} />
    </ServiceScoreProvider>,
  );

const typeCsv = (text: string) => {
  fireEvent.change(screen.getByLabelText('CSV text (first line: column names)'), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Parse' }));
};

describe('TryYourDataPage runs the analysis off the render (worker, or in-thread here)', () => {
  it('shows a progress bar named by the phase and a Cancel button, then the results', async () => {
    renderPage('en-US');
    fireEvent.click(screen.getByRole('button', { name: /Use the example/ }));
    const bar = screen.getByRole('progressbar', { name: 'Parsing the CSV' });
    // No fraction is known before the runner's first message: no aria-valuenow.
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    // 40 data rows; 16 columns (ticket_id … follow_up_at). happy-dom renders the charts slowly:
    // the wait allows for that (a ceiling, not a timing check).
    expect(
      await screen.findByText('Read 40 rows and 16 columns', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getAllByText(/Scorecard/).length).toBeGreaterThan(0);
  });

  it('names the phase in zh-CN', () => {
    renderPage('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: /使用示例数据/ }));
    expect(screen.getByRole('progressbar', { name: '正在解析 CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '取消' })).toBeTruthy();
  });

  it('Cancel returns to the previous state and says so; the run’s result never arrives', async () => {
    renderPage('en-US');
    fireEvent.click(screen.getByRole('button', { name: /Use the example/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Cancelled: the page keeps the previous results.',
    );
    await nextTask();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/No data yet/)).toBeTruthy();
    expect(screen.queryByText(/Scorecard/)).toBeNull();
  });

  it('Cancel of a time-zone edit puts the previous time zone back', () => {
    renderPage('en-US', exampleCsv);
    const zone = screen.getByLabelText('Time zone (IANA)') as HTMLInputElement;
    fireEvent.change(zone, { target: { value: 'Europe/Berlin' } });
    expect(zone.value).toBe('Europe/Berlin');
    expect(screen.getByRole('progressbar', { name: 'Mapping and validating' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(zone.value).toBe('Asia/Shanghai');
  });

  it('a new text while one runs cancels the old run: only the newer result is shown', async () => {
    renderPage('en-US');
    // Two data rows, then one: the first run is replaced before it starts.
    typeCsv('id,createdAt,status\nA,2026-03-02 08:00,open\nB,2026-03-02 09:00,open');
    typeCsv('id,createdAt,status\nC,2026-03-02 10:00,open');
    expect(
      await screen.findByText('Read 1 rows and 3 columns', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    await nextTask();
    expect(screen.queryByText('Read 2 rows and 3 columns')).toBeNull();
    expect(screen.getByText('Read 1 rows and 3 columns')).toBeTruthy();
  });
});
