import {
  type EvaluateRecordsResult,
  formatDuration,
  formatPercent,
  type Locale,
  metrics,
  messages,
  translate,
} from '@servicescore/core';
import { evaluateDemoInWorker, generateDemoDataset } from '@servicescore/core/demo';
import type { WorkerEvaluateOptions, WorkerProgress } from '@servicescore/core/worker';
import { KpiLeaderboard, useServiceScore } from '@servicescore/react';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { bt } from './big-data-text';
import './big-data.css';

/** Props of {@link BigDataPage}: the size of the demo dataset and whether to start at once. */
export interface BigDataPageProps {
  /** Demo tickets to generate and evaluate in the worker. */
  tickets: number;
  /** Demo agents (the leaderboard's rows). */
  agents: number;
  /** Calendar months covered (Asia/Shanghai). */
  months: number;
  /** Start the evaluation when the page opens, instead of waiting for the button. @default false */
  autoStart?: boolean;
}

/** `data-state` of the page's root. */
export type RunState = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

const ticketMetrics = Object.values(metrics)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
const leaderboardMetrics = [
  'csat',
  'fcr',
  'avgFirstResponseTime',
  'responseTimelinessRate',
  'avgResolutionTime',
  'complaintRate',
];

const integer = (locale: Locale, n: number) => new Intl.NumberFormat(locale).format(n);

/**
 * The time left while evaluating, from the pace so far: (time since evaluating began, up to the
 * last report) × records left ÷ records done, less the time since that report. Unknown until a
 * record is done and a second has passed (a pace from one chunk is noise).
 */
function etaOf(
  step: { at: number; progress: WorkerProgress },
  since: number | null,
  locale: Locale,
): string {
  const { done, total } = step.progress;
  if (since === null || total === null || done === 0 || step.at - since < 1000)
    return bt(locale, 'etaUnknown');
  const left = ((step.at - since) * (total - done)) / done - (performance.now() - step.at);
  // Whole seconds, at least one: "0 ms left" would read as done.
  return bt(locale, 'eta', {
    duration: formatDuration(Math.max(1000, Math.ceil(left / 1000) * 1000), { locale }),
  });
}

/**
 * Evaluates a big demo dataset with `evaluateDemoInWorker`: generation and evaluation run in a Web
 * Worker (the demo worker), the page shows progress, elapsed time and a Cancel button, then the agent leaderboard.
 */
export function BigDataPage({ tickets, agents, months, autoStart = false }: BigDataPageProps) {
  const { locale, theme } = useServiceScore();
  const ids = useId();
  const [state, setState] = useState<RunState>('idle');
  const [progress, setProgress] = useState(0);
  // Where the worker stands, and when: the ETA is the evaluating phase's pace so far.
  const [step, setStep] = useState<{ at: number; progress: WorkerProgress } | null>(null);
  const evaluatingSince = useRef<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<EvaluateRecordsResult | null>(null);
  const [failure, setFailure] = useState('');
  const run = useRef<{ controller: AbortController; began: number } | null>(null);

  // Agent names and the data's end instant: the same demo with no tickets, a few milliseconds here.
  const meta = useMemo(
    () => generateDemoDataset({ tickets: 0, calls: 0, customers: 1, agents, months }).meta,
    [agents, months],
  );
  const names = useMemo(
    () => Object.fromEntries(meta.agents.map((a) => [a.id, a.name[locale]])),
    [meta, locale],
  );

  const start = useCallback(() => {
    run.current?.controller.abort();
    const current = { controller: new AbortController(), began: performance.now() };
    run.current = current;
    setState('running');
    setProgress(0);
    setStep(null);
    evaluatingSince.current = null;
    setElapsed(0);
    setResult(null);
    const options: WorkerEvaluateOptions = {
      metrics: ticketMetrics,
      groupBy: 'agentId',
      period: 'month',
      timeZone: meta.timeZone,
      asOf: meta.asOf,
    };
    evaluateDemoInWorker({ tickets, agents, months }, options, {
      signal: current.controller.signal,
      onProgress: (fraction, progress) => {
        const at = performance.now();
        if (progress.phase === 'evaluating' && evaluatingSince.current === null)
          evaluatingSince.current = at;
        setProgress(fraction);
        setStep({ at, progress });
      },
    }).then(
      (evaluated) => {
        if (run.current !== current) return;
        setElapsed(performance.now() - current.began);
        // A transition: React renders the leaderboard in short slices, not one long task.
        startTransition(() => {
          setResult(evaluated);
          setState('done');
        });
      },
      (error: unknown) => {
        if (run.current !== current) return;
        setElapsed(performance.now() - current.began);
        if (error instanceof DOMException && error.name === 'AbortError') {
          setState('cancelled');
        } else {
          setFailure(error instanceof Error ? error.message : String(error));
          setState('error');
        }
      },
    );
  }, [tickets, agents, months, meta]);

  const cancel = useCallback(() => run.current?.controller.abort(), []);

  useEffect(() => {
    if (autoStart) start();
    return () => {
      run.current?.controller.abort();
      run.current = null;
    };
  }, [autoStart, start]);

  // Elapsed time while running, ten times a second.
  useEffect(() => {
    if (state !== 'running') return;
    const timer = setInterval(() => {
      if (run.current) setElapsed(performance.now() - run.current.began);
    }, 100);
    return () => clearInterval(timer);
  }, [state]);

  const shownTickets = integer(locale, tickets);
  const percent = formatPercent(progress, { locale, precision: 0 });
  const phase = state === 'running' ? (step?.progress.phase ?? 'generating') : null;
  // Generation reports its share once its first step is made; until then, and while the result
  // is assembled, no fraction moves: say so (an indeterminate bar), do not stall at a number.
  const generated =
    phase === 'generating' && step !== null && step.progress.total !== null
      ? step.progress.done / Math.max(step.progress.total, 1)
      : null;
  const indeterminate = (phase === 'generating' && generated === null) || phase === 'finishing';
  const phaseText =
    phase === 'generating'
      ? generated === null
        ? bt(locale, 'generating', { tickets: shownTickets })
        : bt(locale, 'generatingShare', {
            tickets: shownTickets,
            percent: formatPercent(generated, { locale, precision: 0 }),
          })
      : phase === 'evaluating' && step !== null
        ? bt(locale, 'evaluating', {
            done: integer(locale, step.progress.done),
            total: integer(locale, step.progress.total ?? 0),
          })
        : phase === 'finishing'
          ? bt(locale, 'finishing')
          : '';
  const etaText =
    phase === 'evaluating' && step !== null ? etaOf(step, evaluatingSince.current, locale) : '';
  const duration = formatDuration(elapsed, { locale });
  const records = result
    ? Object.values(result.counts).reduce((n, c) => n + c.accepted + c.rejected, 0)
    : 0;
  const status =
    state === 'running'
      ? bt(locale, 'running')
      : state === 'done'
        ? bt(locale, 'done', { tickets: shownTickets, records: integer(locale, records), duration })
        : state === 'cancelled'
          ? bt(locale, 'cancelled')
          : state === 'error'
            ? bt(locale, 'failed', { message: failure })
            : '';

  return (
    <div className="ss-widget ss-big" data-theme={theme} lang={locale} data-state={state}>
      <header>
        <h1 className="ss-big__title">{bt(locale, 'title')}</h1>
        <p className="ss-big__intro">
          {bt(locale, 'intro', {
            tickets: shownTickets,
            agents: integer(locale, agents),
            months: integer(locale, months),
          })}
        </p>
      </header>
      <main className="ss-big__main">
        <section className="ss-big__panel" aria-labelledby={`${ids}-run`}>
          <h2 id={`${ids}-run`} className="ss-big__h2">
            {bt(locale, 'runHeading')}
          </h2>
          <div className="ss-big__controls">
            <button
              type="button"
              className="ss-big__button ss-big__button--primary"
              onClick={start}
              disabled={state === 'running'}
            >
              {state === 'idle'
                ? bt(locale, 'start', { tickets: shownTickets })
                : bt(locale, 'again')}
            </button>
            <button
              type="button"
              className="ss-big__button"
              onClick={cancel}
              disabled={state !== 'running'}
            >
              {bt(locale, 'cancel')}
            </button>
          </div>
          <div className="ss-big__progress">
            <label htmlFor={`${ids}-bar`}>{bt(locale, 'progress')}</label>
            {/* Without a value the bar is indeterminate (the phase has no measurable progress). */}
            <progress
              id={`${ids}-bar`}
              className="ss-big__bar"
              max={1}
              value={indeterminate ? undefined : progress}
              aria-valuetext={indeterminate ? phaseText : undefined}
            >
              {indeterminate ? phaseText : percent}
            </progress>
            <span aria-hidden="true">{indeterminate ? '…' : percent}</span>
          </div>
          {phaseText !== '' && <p className="ss-big__phase">{phaseText}</p>}
          <p className="ss-big__figures">
            {!indeterminate && <span>{bt(locale, 'progressValue', { percent })}</span>}
            <span>{bt(locale, 'elapsed', { duration })}</span>
            {etaText !== '' && <span>{etaText}</span>}
          </p>
          <p
            className="ss-big__status"
            role="status"
            data-tone={state === 'error' ? 'error' : undefined}
          >
            {status}
          </p>
        </section>

        {result && (
          <section className="ss-big__panel" aria-labelledby={`${ids}-board`}>
            <h2 id={`${ids}-board`} className="ss-big__h2">
              {bt(locale, 'leaderboardHeading')}
            </h2>
            <KpiLeaderboard
              evaluation={result.evaluation}
              metrics={leaderboardMetrics}
              names={names}
              nameHeader={translate(messages, locale, 'agent')}
              label={bt(locale, 'leaderboardLabel', { tickets: shownTickets })}
              defaultSort={{ column: 'csat' }}
              height={440}
            />
          </section>
        )}
      </main>
    </div>
  );
}
