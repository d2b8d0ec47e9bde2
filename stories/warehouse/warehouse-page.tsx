import {
  afterSalesTemplate,
  type Evaluation,
  formatPercent,
  formatValue,
  type Locale,
  scoreScorecard,
  serviceStandardTargets,
  messages,
  translate,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import {
  compileEvaluation,
  duckdbWasmRunner,
  type EvaluateSqlOptions,
  evaluateSql,
  type SqlRunner,
} from '@servicescore/core/sql';
import {
  GradeBadge,
  KpiCard,
  KpiGauge,
  KpiLeaderboard,
  ScorecardTable,
  useServiceScore,
} from '@servicescore/react';
import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import { duckdbBundles } from './duckdb-bundles';
import { formatSql } from '../shared/sql-format';
import { createTablesSql, demoTicketSpec, insertTicketsSql } from './warehouse-data';
import { type Engine, type EngineInfo, offlineSettings, startEngine } from './warehouse-db';
import { seconds, wt } from './warehouse-text';
import './warehouse.css';

/** Props of {@link WarehousePage}. */
export interface WarehousePageProps {
  /** Demo tickets DuckDB makes in SQL and evaluates. @default 1_000_000 */
  tickets?: number;
  /** Demo agents (the leaderboard's rows). @default 200 */
  agents?: number;
  /** Calendar months covered (Asia/Shanghai), ending at the data's `asOf`. @default 12 */
  months?: number;
}

/** `data-state` of the page's root. */
export type WarehouseState = 'starting' | 'loading' | 'evaluating' | 'done' | 'error';

type Step = 'start' | 'load' | 'evaluate';
const steps: readonly Step[] = ['start', 'load', 'evaluate'];
const stepOf: Record<WarehouseState, Step | null> = {
  starting: 'start',
  loading: 'load',
  evaluating: 'evaluate',
  done: null,
  error: null,
};

const leaderboardMetrics = [
  'csat',
  'fcr',
  'avgFirstResponseTime',
  'responseTimelinessRate',
  'avgResolutionTime',
  'complaintRate',
];
const gaugeMetrics = ['responseTimelinessRate', 'fcr', 'resolutionRate'] as const;
const cardMetrics = ['csat', 'avgFirstResponseTime', 'avgHandlingTime', 'complaintRate'] as const;
/** Every metric the page shows: the scorecard's, the leaderboard's and the figures'. */
const pageMetrics = [
  ...new Set([
    ...templateMetrics(afterSalesTemplate),
    ...leaderboardMetrics,
    ...gaugeMetrics,
    ...cardMetrics,
  ]),
];

interface Finished {
  evaluation: Evaluation;
  info: EngineInfo;
  /** Milliseconds of each statement `evaluateSql` ran, by SQL text. */
  statementMs: ReadonlyMap<string, number>;
  /** Statements `evaluateSql` ran: the compiled ones plus its look-ups of each table's columns. */
  statements: number;
}

interface Times {
  start: number | null;
  load: number | null;
  evaluate: number | null;
}

const integer = (locale: Locale, n: number) => new Intl.NumberFormat(locale).format(n);

/** A runner that records how long each statement took, and how many statements ran. */
function timed(runner: SqlRunner, into: Map<string, number>, ran: { count: number }): SqlRunner {
  return {
    dialect: runner.dialect,
    async query(sql, params) {
      const began = performance.now();
      const rows = await runner.query(sql, params);
      into.set(sql, performance.now() - began);
      ran.count += 1;
      return rows;
    },
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * DuckDB-wasm as the warehouse: it makes the demo tickets in SQL, `evaluateSql` computes the
 * metrics there, and the dashboard widgets show the result, with the SQL and the time each phase
 * took.
 */
export function WarehousePage({
  tickets = 1_000_000,
  agents = 200,
  months = 12,
}: WarehousePageProps) {
  const { locale, theme } = useServiceScore();
  const ids = useId();
  const [state, setState] = useState<WarehouseState>('starting');
  const [download, setDownload] = useState(0);
  const [times, setTimes] = useState<Times>({ start: null, load: null, evaluate: null });
  const [stepBegan, setStepBegan] = useState(0);
  const [now, setNow] = useState(0);
  const [failure, setFailure] = useState<{ step: Step; message: string } | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Agent names, teams and the data's range: the demo directory without any records.
  const meta = useMemo(
    () => generateDemoDataset({ tickets: 0, calls: 0, customers: 1, agents, months }).meta,
    [agents, months],
  );
  const names = useMemo(
    () => Object.fromEntries(meta.agents.map((a) => [a.id, a.name[locale]])),
    [meta, locale],
  );
  const options: EvaluateSqlOptions = useMemo(
    () => ({
      metrics: pageMetrics,
      groupBy: 'agentId',
      period: 'month',
      timeZone: meta.timeZone,
      asOf: meta.asOf,
    }),
    [meta],
  );
  const compiled = useMemo(() => compileEvaluation(options, { dialect: 'duckdb' }), [options]);

  // The SQL that makes the data; a bad ticket count fails here, before DuckDB starts.
  const load = useMemo(() => {
    try {
      const insert = insertTicketsSql(demoTicketSpec(meta, tickets));
      return { statements: [...createTablesSql(), insert], error: null };
    } catch (error) {
      return { statements: [], error: message(error) };
    }
  }, [tickets, meta]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the Run again button.
  useEffect(() => {
    let cancelled = false;
    let engine: Engine | null = null;
    const shut = () => {
      const e = engine;
      engine = null;
      if (e) void e.close();
    };
    let step: Step = 'start';
    let mark = performance.now();
    const enter = (next: WarehouseState, nextStep: Step) => {
      step = nextStep;
      mark = performance.now();
      setState(next);
      setStepBegan(mark);
      setNow(mark);
    };
    const lap = () => performance.now() - mark;
    setFinished(null);
    setFailure(null);
    setDownload(0);
    setTimes({ start: null, load: null, evaluate: null });
    enter('starting', 'start');
    (async () => {
      try {
        if (load.error !== null) {
          step = 'load';
          throw new RangeError(load.error);
        }
        engine = await startEngine(
          duckdbBundles,
          meta.timeZone,
          { from: meta.start, to: meta.asOf },
          (f) => !cancelled && setDownload(f),
        );
        if (cancelled) return shut();
        const info = engine.info;
        const start = lap();
        setTimes((x) => ({ ...x, start }));
        enter('loading', 'load');
        for (const statement of load.statements) await engine.connection.query(statement);
        if (cancelled) return shut();
        const loaded = lap();
        setTimes((x) => ({ ...x, load: loaded }));
        enter('evaluating', 'evaluate');
        const statementMs = new Map<string, number>();
        const ran = { count: 0 };
        const evaluation = await evaluateSql(
          timed(duckdbWasmRunner(engine.connection), statementMs, ran),
          options,
        );
        if (cancelled) return shut();
        const evaluated = lap();
        shut();
        // A transition: React renders the widgets in short slices, not one long task.
        startTransition(() => {
          setTimes((x) => ({ ...x, evaluate: evaluated }));
          setFinished({ evaluation, info, statementMs, statements: ran.count });
          setState('done');
        });
      } catch (error) {
        shut();
        if (cancelled) return;
        setFailure({ step, message: message(error) });
        setState('error');
      }
    })();
    return () => {
      cancelled = true;
      shut();
    };
  }, [load, meta, options, attempt]);

  // Elapsed time of the running step, ten times a second.
  const running = state !== 'done' && state !== 'error';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [running]);

  const L = (key: Parameters<typeof wt>[1], params?: Record<string, string | number>) =>
    wt(locale, key, params);
  const shownTickets = integer(locale, tickets);
  const current = stepOf[state];
  const stepLabel: Record<Step, string> = {
    start: L('stepStart'),
    load: L('stepLoad', { tickets: shownTickets }),
    evaluate: L('stepEvaluate', { metrics: pageMetrics.length }),
  };
  const stepState = (s: Step): 'waiting' | 'running' | 'done' | 'failed' => {
    if (failure?.step === s) return 'failed';
    if (times[s] !== null) return 'done';
    if (current === s) return 'running';
    return 'waiting';
  };
  const stateText = {
    waiting: L('stepWaiting'),
    running: L('stepRunning'),
    done: L('stepDone'),
    failed: L('stepFailed'),
  };
  const status =
    state === 'starting'
      ? `${L('starting')} ${L('downloaded', { percent: formatPercent(download, { locale, precision: 0 }) })}`
      : state === 'loading'
        ? L('loading', { tickets: shownTickets })
        : state === 'evaluating'
          ? L('evaluating')
          : state === 'done'
            ? L('done', {
                load: seconds(locale, times.load),
                evaluate: seconds(locale, times.evaluate),
                statements: finished?.statements ?? 0,
              })
            : L('failed', { message: failure?.message ?? '' });

  const evaluation = finished?.evaluation;
  const card = useMemo(
    () => (evaluation ? scoreScorecard(afterSalesTemplate, evaluation) : null),
    [evaluation],
  );
  const total =
    times.start !== null && times.load !== null && times.evaluate !== null
      ? times.start + times.load + times.evaluate
      : null;

  return (
    <div className="ss-widget ss-wh" data-theme={theme} lang={locale} data-state={state}>
      <header>
        <h1 className="ss-wh__title">{L('title')}</h1>
        <p className="ss-wh__intro">{L('intro', { tickets: shownTickets })}</p>
      </header>
      <main className="ss-wh__main">
        <section className="ss-wh__panel" aria-labelledby={`${ids}-progress`}>
          <h2 id={`${ids}-progress`} className="ss-wh__h2">
            {L('progressHeading')}
          </h2>
          <ol className="ss-wh__steps">
            {steps.map((s) => {
              const st = stepState(s);
              const ms = times[s] ?? (st === 'running' ? now - stepBegan : null);
              return (
                <li key={s} className="ss-wh__step" data-step-state={st}>
                  <span className="ss-wh__step-mark" aria-hidden="true" />
                  <span className="ss-wh__step-name">{stepLabel[s]}</span>
                  <span className="ss-wh__step-state">{stateText[st]}</span>
                  <span className="ss-wh__step-time">{ms === null ? '' : seconds(locale, ms)}</span>
                </li>
              );
            })}
          </ol>
          <progress
            className="ss-wh__bar"
            aria-labelledby={`${ids}-progress`}
            max={1}
            {...(state === 'starting'
              ? { value: download }
              : state === 'done'
                ? { value: 1 }
                : state === 'error'
                  ? { value: 0 }
                  : {})}
          />
          <p className="ss-wh__status" role="status">
            {status}
          </p>
          {failure && (
            <div className="ss-wh__error" role="alert">
              <p className="ss-wh__error-title">{L('errorTitle')}</p>
              <p>{failure.message}</p>
              <p className="ss-wh__muted">{L('errorStep', { step: stepLabel[failure.step] })}</p>
            </div>
          )}
          <div>
            <button
              type="button"
              className="ss-wh__button"
              onClick={() => setAttempt((n) => n + 1)}
              disabled={running}
            >
              {L('again')}
            </button>
          </div>
        </section>

        <section className="ss-wh__panel" aria-labelledby={`${ids}-times`}>
          <h2 id={`${ids}-times`} className="ss-wh__h2">
            {L('timesHeading')}
          </h2>
          <dl className="ss-wh__times">
            <div>
              <dt>{L('timeStart')}</dt>
              <dd>{seconds(locale, times.start)}</dd>
            </div>
            <div>
              <dt>{L('timeLoad')}</dt>
              <dd>{seconds(locale, times.load)}</dd>
            </div>
            <div>
              <dt>{L('timeEvaluate')}</dt>
              <dd>{seconds(locale, times.evaluate)}</dd>
            </div>
            <div>
              <dt>{L('timeTotal')}</dt>
              <dd>{seconds(locale, total)}</dd>
            </div>
          </dl>
          {finished && <EngineFacts info={finished.info} locale={locale} />}
        </section>

        {evaluation && card && (
          <>
            <section className="ss-wh__panel" aria-labelledby={`${ids}-score`}>
              <h2 id={`${ids}-score`} className="ss-wh__h2">
                {L('scoreHeading')}
              </h2>
              <div className="ss-wh__score">
                <div className="ss-wh__grade">
                  <p className="ss-wh__grade-label">{L('overallGrade')}</p>
                  <GradeBadge result={card} size="lg" />
                  <p className="ss-wh__total">
                    <span className="ss-wh__total-value">
                      {formatValue(card.total, 'score', { locale })}
                    </span>
                    <span className="ss-wh__muted"> / 100</span>
                  </p>
                </div>
                <ScorecardTable
                  className="ss-wh__table"
                  result={card}
                  caption={L('scoreCaption', { tickets: shownTickets })}
                  columns={['indicator', 'weight', 'value', 'points', 'weightedScore', 'grade']}
                />
              </div>
            </section>

            <section className="ss-wh__panel" aria-labelledby={`${ids}-figures`}>
              <h2 id={`${ids}-figures`} className="ss-wh__h2">
                {L('figuresHeading')}
              </h2>
              <div className="ss-wh__figures">
                <ul className="ss-wh__gauges">
                  {gaugeMetrics.map((id) => (
                    <li key={id}>
                      <KpiGauge
                        metric={id}
                        metricValue={evaluation.overall[id] ?? null}
                        width="auto"
                      />
                    </li>
                  ))}
                </ul>
                <ul className="ss-wh__cards">
                  {cardMetrics.map((id) => (
                    <li key={id}>
                      <KpiCard
                        metric={id}
                        value={evaluation.overall[id] ?? null}
                        target={serviceStandardTargets}
                        trend={evaluation.periods}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            </section>

            <section className="ss-wh__panel" aria-labelledby={`${ids}-board`}>
              <h2 id={`${ids}-board`} className="ss-wh__h2">
                {L('leaderboardHeading')}
              </h2>
              <KpiLeaderboard
                evaluation={evaluation}
                metrics={leaderboardMetrics}
                template={afterSalesTemplate}
                names={names}
                nameHeader={translate(messages, locale, 'agent')}
                label={L('leaderboardLabel', { tickets: shownTickets })}
                height={440}
              />
            </section>
          </>
        )}

        <section className="ss-wh__panel" aria-labelledby={`${ids}-sql`}>
          <h2 id={`${ids}-sql`} className="ss-wh__h2">
            {L('sqlHeading')}
          </h2>
          <p className="ss-wh__muted">{L('sqlNote')}</p>
          <details className="ss-wh__details">
            <summary>{L('optionsSummary')}</summary>
            <CodeBlock>{optionsCode(options)}</CodeBlock>
          </details>
          <details className="ss-wh__details" open>
            <summary>{L('querySummary', { count: compiled.queries.length })}</summary>
            <CodeBlock tall>
              {compiled.queries
                .map((query, i) => {
                  const ms = finished?.statementMs.get(query.sql);
                  const took =
                    ms === undefined ? '' : ` · ${L('elapsed', { time: seconds(locale, ms) })}`;
                  const params = query.params
                    .map((v, n) => `$${n + 1} = ${JSON.stringify(v)}`)
                    .join(', ');
                  return `-- ${i + 1}. ${query.purpose} · ${query.table}${took}\n${formatSql(query.sql)};\n-- ${L('params')}: ${params || '—'}`;
                })
                .join('\n\n')}
            </CodeBlock>
          </details>
          <details className="ss-wh__details">
            <summary>{L('loadSummary')}</summary>
            <CodeBlock tall>
              {[...offlineSettings, ...load.statements].map((s) => `${s};`).join('\n\n')}
            </CodeBlock>
          </details>
          {finished && finished.info.standIns.length > 0 && (
            <details className="ss-wh__details">
              <summary>{L('standInSummary')}</summary>
              <CodeBlock>{finished.info.standIns.map((s) => `${s};`).join('\n\n')}</CodeBlock>
            </details>
          )}
        </section>
      </main>
    </div>
  );
}

/**
 * A scrollable block of code. Keyboard users scroll it too, so it takes focus (axe
 * `scrollable-region-focusable`, WCAG 2.1.1).
 */
function CodeBlock({ tall = false, children }: { tall?: boolean; children: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <pre className={tall ? 'ss-wh__code ss-wh__code--tall' : 'ss-wh__code'} tabIndex={0}>
      {children}
    </pre>
  );
}

/** DuckDB's version and build, and which extensions are built in or stood in for. */
function EngineFacts({ info, locale }: { info: EngineInfo; locale: Locale }) {
  const L = (key: Parameters<typeof wt>[1], params?: Record<string, string | number>) =>
    wt(locale, key, params);
  return (
    <ul className="ss-wh__facts">
      <li>{L('engineVersion', { version: info.version, bundle: info.bundle })}</li>
      <li>
        {L('extension', { name: 'ICU' })}: {info.builtIn.icu ? L('builtIn') : L('standIn')}
      </li>
      <li>
        {L('extension', { name: 'JSON' })}: {info.builtIn.json ? L('builtIn') : L('standIn')}
      </li>
      <li>{L('offline')}</li>
    </ul>
  );
}

/** The evaluation's options as the code a host would write. */
function optionsCode(options: EvaluateSqlOptions): string {
  const asOf = typeof options.asOf === 'number' ? options.asOf : Number(options.asOf);
  return [
    'const options = {',
    `  metrics: [${(options.metrics as readonly string[]).map((m) => `'${m}'`).join(', ')}],`,
    `  groupBy: '${options.groupBy}',`,
    `  period: '${options.period}',`,
    `  timeZone: '${options.timeZone}',`,
    `  asOf: ${asOf}, // ${new Date(asOf).toISOString()}`,
    '};',
    "compileEvaluation(options, { dialect: 'duckdb' });",
    'await evaluateSql(duckdbWasmRunner(connection), options);',
  ].join('\n');
}
