// Issue 12 item 7: the try-your-data page parses and analyses off the main thread. These tests
// drive the runner (the code the worker runs) and the session (worker or in-thread) directly:
// progress order, the result's shape (what the page renders, plain data), and cancellation.
import { describe, expect, it } from 'vitest';
import type { FromAnalysis, ToAnalysis } from '../../../stories/try-your-data/analysis-protocol';
import {
  createAnalysisRunner,
  parseCsv,
  type TextRequest,
} from '../../../stories/try-your-data/analysis-run';
import {
  type AnalysisHost,
  createAnalysisSession,
  type WorkerLike,
} from '../../../stories/try-your-data/analysis-session';

// Three tickets; T3 is resolved a day before it was created (rejected by the order rule).
const csv3 = [
  'id,createdAt,status,resolvedAt,agent,category,csat',
  'T1,2026-03-02 08:00,resolved,2026-03-02 10:00,ann,billing,5',
  'T2,2026-03-02 09:00,resolved,2026-03-02 09:30,bob,billing,4',
  'T3,2026-03-02 10:00,resolved,2026-03-01 10:00,bob,login,3',
].join('\n');

const request = (text: string, textKey: number, columns: Record<string, string> | null = null) => ({
  text,
  textKey,
  columns,
  dateFormat: 'YYYY-MM-DD HH:mm',
  timeZone: 'UTC',
});

function collect(run: ReturnType<typeof createAnalysisRunner>, message: TextRequest) {
  const out: FromAnalysis[] = [];
  run(message, (m) => out.push(m));
  return out;
}

const steps = (messages: FromAnalysis[]) =>
  messages.map((m) => (m.type === 'progress' ? `${m.phase} ${m.fraction}` : m.type));

describe('parseCsv in chunks', () => {
  it('reports the fraction of the text parsed after each chunk', () => {
    // 17 characters: 'id,n\n' (5) and three 4-character rows. Chunks of 8: the first ends inside
    // row A (parsed up to 5, the header), the second inside row C (up to 5 + 4 + 4 = 13), the last
    // reaches the end (17).
    const fractions: number[] = [];
    const out = parseCsv('id,n\nA,1\nB,2\nC,3\n', (f) => fractions.push(f), 8);
    expect(fractions).toEqual([5 / 17, 13 / 17, 1]);
    expect(out.rows).toEqual([
      { id: 'A', n: '1' },
      { id: 'B', n: '2' },
      { id: 'C', n: '3' },
    ]);
    expect(out.columns).toEqual(['id', 'n']);
    expect(out.check).toEqual({ ok: true });
  });

  it('numbers an unclosed quote in a later chunk as a one-piece parse does', () => {
    // 4 data lines; row 3 opens a quote that swallows line 4: 3 rows returned, 1 lost. The quote
    // is on line 4 of the file (header + 2 rows before it), in the third chunk of 8 characters.
    const text = 'id,note\n1,a\n2,b\n3,"open\n4,x\n';
    const expected = {
      ok: false,
      problem: 'parse',
      row: 4,
      message: 'Quoted field unterminated',
      lost: 1,
      lines: 4,
    };
    expect(parseCsv(text, () => {}, 8).check).toEqual(expected);
    expect(parseCsv(text).check).toEqual(expected);
  });
});

describe('the analysis runner (what the worker runs)', () => {
  it('posts parsing, mapping, evaluating, finishing, then the result', () => {
    const run = createAnalysisRunner();
    const messages = collect(run, { type: 'run', run: 7, request: request(csv3, 1) });
    // One chunk: parsing starts at 0 and ends at 1; the other phases have no fraction.
    expect(steps(messages)).toEqual([
      'parsing 0',
      'parsing 1',
      'mapping null',
      'evaluating null',
      'finishing null',
      'result',
    ]);
    expect(messages.every((m) => m.run === 7)).toBe(true);
  });

  it('returns what the page renders, as plain data, without the parsed dataset', () => {
    const [result] = collect(createAnalysisRunner(), {
      type: 'run',
      run: 1,
      request: request(csv3, 1),
    }).filter((m) => m.type === 'result');
    if (result?.type !== 'result') throw new Error('no result');
    const { csv, form, analysis } = result.result;
    expect(csv).toEqual({
      rows: 3,
      columns: ['id', 'createdAt', 'status', 'resolvedAt', 'agent', 'category', 'csat'],
      problems: 0,
      firstProblem: null,
      check: { ok: true },
    });
    // Guessed from the names: `agent` is agentId without its suffix.
    expect(form.columns).toEqual({
      id: 'id',
      createdAt: 'createdAt',
      status: 'status',
      resolvedAt: 'resolvedAt',
      agentId: 'agent',
      category: 'category',
      csat: 'csat',
    });
    if (analysis?.ok !== true) throw new Error('analysis failed');
    expect(analysis.validation).toMatchObject({ input: 3, accepted: 2, rejected: 1 });
    expect(analysis.validation.shown).toHaveLength(1);
    expect(analysis.validation.shown[0]).toMatchObject({ table: 'tickets', index: 2, id: 'T3' });
    expect(analysis.validation.shown[0]?.reason).toMatch(/resolvedAt/);
    // The latest instant of T1 and T2: T1 resolved 2026-03-02 10:00 UTC.
    expect(analysis.asOf).toBe(Date.UTC(2026, 2, 2, 10));
    expect(analysis.beyondHorizon).toBe(0);
    // Accepted tickets by category: T1 and T2 are both billing.
    expect(analysis.causes).toEqual([{ category: 'billing', count: 2 }]);
    expect(analysis.scorecard).not.toBeNull();
    expect(Object.keys(analysis)).not.toContain('parsed');
    // Structured clone keeps it whole (no functions, no class instances it depends on).
    expect(structuredClone(result.result)).toEqual(result.result);
  });

  it('reuses its parse of the same text: a mapping change starts at mapping', () => {
    const run = createAnalysisRunner();
    collect(run, { type: 'run', run: 1, request: request(csv3, 1) });
    const columns = { id: 'id', createdAt: 'createdAt', status: 'status' };
    const again = collect(run, { type: 'run', run: 2, request: request(csv3, 1, columns) });
    expect(steps(again)).toEqual(['mapping null', 'evaluating null', 'finishing null', 'result']);
    const last = again.at(-1);
    expect(last?.type === 'result' && last.result.form.columns).toEqual(columns);
  });

  it('does not map a refused CSV', () => {
    const text = 'id,note\n1,"open\n2,x';
    const messages = collect(createAnalysisRunner(), {
      type: 'run',
      run: 3,
      request: request(text, 1),
    });
    expect(steps(messages)).toEqual(['parsing 0', 'parsing 1', 'result']);
    const last = messages.at(-1);
    expect(last?.type === 'result' && last.result.analysis).toBeNull();
    expect(last?.type === 'result' && last.result.csv.check).toMatchObject({
      problem: 'parse',
      lost: 1,
      lines: 2,
    });
  });
});

/** A worker that answers only when told to, so a test can post "late" messages. */
function fakeWorkers() {
  const made: (WorkerLike & { posted: ToAnalysis[]; terminated: boolean })[] = [];
  const create = () => {
    const w = {
      posted: [] as ToAnalysis[],
      terminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(m: ToAnalysis) {
        w.posted.push(m);
      },
      terminate() {
        w.terminated = true;
      },
    };
    made.push(w);
    return w;
  };
  const answer = (w: WorkerLike | undefined, data: FromAnalysis) =>
    w?.onmessage?.({ data } as MessageEvent<FromAnalysis>);
  return { made, host: { kind: 'worker', create } as AnalysisHost, answer };
}

describe('the analysis session', () => {
  it('delivers a run’s messages until its result, then nothing', () => {
    const { made, host, answer } = fakeWorkers();
    const session = createAnalysisSession(host);
    const heard: string[] = [];
    session.start(request(csv3, 1), (m) => heard.push(m.type));
    const run = made[0]?.posted[0]?.run ?? -1;
    answer(made[0], { type: 'progress', run, phase: 'parsing', fraction: 0.5 });
    expect(session.running).toBe(true);
    answer(made[0], { type: 'failed', run, message: 'x' });
    answer(made[0], { type: 'progress', run, phase: 'mapping', fraction: null });
    expect(heard).toEqual(['progress', 'failed']);
    expect(session.running).toBe(false);
  });

  it('terminates the worker on cancel and ignores its late messages', () => {
    const { made, host, answer } = fakeWorkers();
    const session = createAnalysisSession(host);
    const heard: FromAnalysis[] = [];
    session.start(request(csv3, 1), (m) => heard.push(m));
    const first = made[0];
    const run = first?.posted[0]?.run ?? -1;
    session.cancel();
    expect(first?.terminated).toBe(true);
    expect(session.running).toBe(false);
    answer(first, { type: 'progress', run, phase: 'evaluating', fraction: null });
    expect(heard).toEqual([]);
    // The next run gets a new worker; the old one's messages still do not count.
    session.start(request(csv3, 1), (m) => heard.push(m));
    expect(made).toHaveLength(2);
    answer(first, { type: 'failed', run, message: 'late' });
    const next = made[1]?.posted[0]?.run ?? -1;
    expect(next).not.toBe(run);
    answer(made[1], { type: 'failed', run: next, message: 'current' });
    expect(heard).toEqual([{ type: 'failed', run: next, message: 'current' }]);
  });

  it('in-thread: a new run cancels one not yet started; only the newer result arrives', () => {
    const tasks: (() => void)[] = [];
    const session = createAnalysisSession({
      kind: 'thread',
      runner: createAnalysisRunner(),
      schedule: (task) => tasks.push(task),
    });
    const heard: string[] = [];
    session.start(request(csv3, 1), (m) => heard.push(`old ${m.type}`));
    session.start(request('id,createdAt,status\nX,2026-03-02 08:00,open', 2), (m) =>
      heard.push(m.type === 'result' ? `new result ${m.result.csv.rows}` : `new ${m.type}`),
    );
    for (const task of tasks) task();
    // The new text has one data row; the old run posted nothing.
    expect(heard.filter((h) => h.startsWith('old'))).toEqual([]);
    expect(heard.at(-1)).toBe('new result 1');
  });

  it('in-thread: a cancelled run delivers nothing', () => {
    const tasks: (() => void)[] = [];
    const session = createAnalysisSession({
      kind: 'thread',
      runner: createAnalysisRunner(),
      schedule: (task) => tasks.push(task),
    });
    const heard: FromAnalysis[] = [];
    session.start(request(csv3, 1), (m) => heard.push(m));
    session.cancel();
    for (const task of tasks) task();
    expect(heard).toEqual([]);
  });

  it('in-thread: reads a picked file (a Blob) before parsing it', async () => {
    const tasks: (() => void)[] = [];
    const session = createAnalysisSession({
      kind: 'thread',
      runner: createAnalysisRunner(),
      schedule: (task) => tasks.push(task),
    });
    const heard: string[] = [];
    const done = new Promise<void>((resolve) => {
      session.start({ ...request('', 1), text: new Blob([csv3], { type: 'text/csv' }) }, (m) => {
        heard.push(m.type === 'progress' ? `${m.phase} ${m.fraction}` : m.type);
        if (m.type !== 'progress') resolve();
      });
    });
    for (const task of tasks) task();
    await done;
    // The same messages as for the text itself.
    expect(heard).toEqual([
      'parsing 0',
      'parsing 1',
      'mapping null',
      'evaluating null',
      'finishing null',
      'result',
    ]);
  });
});
