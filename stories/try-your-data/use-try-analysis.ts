import { useEffect, useRef, useState } from 'react';
import type { MappingForm } from './analyse';
import type {
  AnalysisPhase,
  AnalysisRequest,
  AnalysisResult,
  AnalysisView,
  CsvSummary,
} from './analysis-protocol';
import { createAnalysisRunner } from './analysis-run';
import { type AnalysisSession, createAnalysisSession } from './analysis-session';

/** What the page shows: the last finished analysis (kept while a new one runs or is cancelled). */
export interface Shown {
  csv: CsvSummary | null;
  form: MappingForm;
  analysis: AnalysisView | null;
}

/** The run in progress: its phase, the fraction of it done (null: not known), the form it uses. */
export interface Running {
  phase: AnalysisPhase;
  fraction: number | null;
  form: MappingForm;
}

/** Why the page shows the previous results: the run was cancelled or failed. */
export type Notice = { kind: 'cancelled' } | { kind: 'failed'; message: string } | null;

const defaults = { dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'Asia/Shanghai' };

/** The text behind `Shown` (or being analysed), and its key for the runner's parse cache. */
interface Source {
  text: string | Blob;
  key: number;
}

const isEmpty = (text: string | Blob) =>
  typeof text === 'string' ? text.trim() === '' : text.size === 0;

function requestFor(source: Source, form: MappingForm, guess: boolean): AnalysisRequest {
  return {
    text: source.text,
    textKey: source.key,
    columns: guess ? null : form.columns,
    dateFormat: form.dateFormat,
    timeZone: form.timeZone,
  };
}

/** The initial text analysed at once, on this thread: the same on the server and in the browser. */
function initialShown(text: string): Shown {
  const form = { columns: {}, ...defaults };
  if (text.trim() === '') return { csv: null, form, analysis: null };
  let result: AnalysisResult | undefined;
  let failure = '';
  createAnalysisRunner()(
    { type: 'run', run: 0, request: { ...requestFor({ text, key: 0 }, form, true), text } },
    (m) => {
      if (m.type === 'result') result = m.result;
      if (m.type === 'failed') failure = m.message;
    },
  );
  if (result === undefined) throw new Error(`TryYourDataPage: initialText failed: ${failure}`);
  return result;
}

/**
 * The page's state and actions: `load` a text (guessing the mapping), `setForm` (re-analyse the
 * same text), `refuseBytes` (a file too big to read), `cancel`. Runs go through one
 * `AnalysisSession` (a worker in browsers); a new run cancels the one before.
 */
export function useTryAnalysis(initialText: string) {
  const [shown, setShown] = useState<Shown>(() => initialShown(initialText));
  const [running, setRunning] = useState<Running | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const session = useRef<AnalysisSession | null>(null);
  const keys = useRef(0);
  // The text of the latest run requested, and of the results shown (a cancel goes back to it).
  const source = useRef<Source>({ text: initialText, key: 0 });
  const shownSource = useRef<Source>(source.current);
  // The form the inputs show and the next run starts from (a run's form until it ends).
  const form = running?.form ?? shown.form;
  const latestForm = useRef(form);
  latestForm.current = form;
  const guessing = useRef(false);

  useEffect(
    () => () => {
      session.current?.cancel();
      session.current = null;
    },
    [],
  );

  const start = (request: AnalysisRequest, nextForm: MappingForm) => {
    session.current ??= createAnalysisSession();
    setNotice(null);
    const from = source.current;
    // Until the runner's first message: a new text is parsed first (a known text may be too, if
    // its worker was stopped; the runner's messages say so).
    const phase = from.key === shownSource.current.key ? 'mapping' : 'parsing';
    setRunning({ phase, fraction: null, form: nextForm });
    session.current.start(request, (m) => {
      if (m.type === 'progress') {
        setRunning((r) => r && { ...r, phase: m.phase, fraction: m.fraction });
        return;
      }
      setRunning(null);
      guessing.current = false;
      if (m.type === 'failed') {
        source.current = shownSource.current;
        setNotice({ kind: 'failed', message: m.message });
      } else {
        shownSource.current = from;
        setShown(m.result);
      }
    });
  };

  const stop = () => {
    session.current?.cancel();
    source.current = shownSource.current;
    guessing.current = false;
    setRunning(null);
  };

  return {
    shown,
    running,
    notice,
    form,
    /** A text, or a picked file (read in the worker). */
    load(text: string | Blob) {
      keys.current += 1;
      if (isEmpty(text)) {
        stop();
        source.current = { text: '', key: keys.current };
        shownSource.current = source.current;
        setNotice(null);
        setShown((s) => ({ csv: null, form: { ...s.form, columns: {} }, analysis: null }));
        return;
      }
      source.current = { text, key: keys.current };
      guessing.current = true;
      start(requestFor(source.current, latestForm.current, true), latestForm.current);
    },
    setForm(update: (f: MappingForm) => MappingForm) {
      const next = update(latestForm.current);
      latestForm.current = next;
      if (isEmpty(source.current.text)) {
        setShown((s) => ({ ...s, form: next }));
        return;
      }
      // While a new text's mapping is being guessed, a date format or time zone edit keeps the guess.
      start(requestFor(source.current, next, guessing.current), next);
    },
    refuseBytes(bytes: number) {
      keys.current += 1;
      stop();
      source.current = { text: '', key: keys.current };
      shownSource.current = source.current;
      setNotice(null);
      const check = { ok: false, problem: 'bytes', bytes } as const;
      setShown((s) => ({
        csv: { rows: 0, columns: [], problems: 0, firstProblem: null, check },
        form: { ...s.form, columns: {} },
        analysis: null,
      }));
    },
    cancel() {
      stop();
      setNotice({ kind: 'cancelled' });
    },
  };
}
