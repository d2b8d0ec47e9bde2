import type { Locale } from '@servicescore/core';
import {
  GradeBadge,
  KpiCard,
  KpiComparison,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  ServiceScoreProvider,
} from '@servicescore/react';
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import {
  hostileTexts,
  leaderboardWith,
  metricValue,
  paretoWith,
  scorecardWith,
} from './abuse-fixtures';

/**
 * The controls a test (or a person in the console) drives the scenario with, on
 * `window.__abuseRapid`. `run` changes the props `perSecond` times a second for `durationMs` (as a
 * host's data feed would; React batches changes that arrive while it renders) and resolves with the
 * number of changes once the last one is committed.
 */
export interface RapidUpdatesControls {
  mount(): void;
  unmount(): void;
  isMounted(): boolean;
  run(durationMs: number, perSecond: number): Promise<number>;
}

declare global {
  interface Window {
    __abuseRapid?: RapidUpdatesControls;
  }
}

/** The widgets' surface colour in each theme (styles.css `--ss-surface`). */
const surfaces = { light: '#ffffff', dark: '#0d1117' } as const;

const wave = (tick: number, period: number) => 0.5 + 0.45 * Math.sin((tick / period) * Math.PI * 2);

/**
 * All seven widgets with every prop derived from `tick`: values, labels, data length, targets,
 * loading and no-data states, and the locale all change, and every object is new on each update.
 */
function RapidWidgets({ tick }: { tick: number }) {
  const locale: Locale = Math.floor(tick / 25) % 2 === 0 ? 'zh-CN' : 'en-US';
  const value = wave(tick, 40);
  const previous = wave(tick - 5, 40);
  const text = hostileTexts[tick % hostileTexts.length]!;
  const noData = tick % 17 === 16;
  const loading = tick % 23 === 22;
  const names = Array.from({ length: 4 + (tick % 8) }, (_, i) => `${text} ${i}`);
  const theme = tick % 50 < 25 ? 'light' : 'dark';
  return (
    <ServiceScoreProvider locale={locale} theme={theme}>
      {/* The page behind the widgets follows their theme, as a host's page would: light widgets
          on the dark toolbar theme's page would fail colour contrast for the host's mistake. */}
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          background: surfaces[theme],
        }}
      >
        <GradeBadge score={noData ? null : value * 100} showScore />
        <KpiGauge
          width={tick % 10 < 5 ? 200 : 'auto'}
          value={noData ? null : value}
          unit="ratio"
          target={0.8}
          label={text}
          loading={loading}
        />
        <ParetoChart
          // Short names: with onCategorySelect a label cut with "…" fails axe's label-in-name rule
          // (a known ParetoChart issue, see the abuse test's report); hostile text is covered
          // by the Hostile Text story.
          data={paretoWith(
            names.map((_, i) => `Cause ${(tick + i) % 12}`),
            names.map((_, i) => Math.round(100 * wave(tick + i * 7, 30)) + 1),
          )}
          cutoff={0.6 + 0.3 * wave(tick, 60)}
          height={240}
          loading={loading}
          onCategorySelect={() => {}}
        />
        <ScorecardTable
          result={noData ? null : scorecardWith(names, [value, previous])}
          loading={loading}
          defaultExpanded={tick % 2 === 0}
        />
        <KpiLeaderboard
          evaluation={leaderboardWith(names)}
          metrics={tick % 3 === 0 ? ['fcr', 'csat'] : ['csat', 'fcr']}
          height={200}
          loading={loading}
          selectedKey={names[tick % names.length]}
          onRowSelect={() => {}}
        />
        <KpiCard
          label={text}
          unit="ratio"
          value={noData ? null : value}
          previous={previous}
          target={0.8}
          trend={Array.from({ length: 6 }, (_, i) => ({
            period: `2026-0${i + 1}`,
            value: wave(tick + i, 40),
          }))}
          loading={loading}
        />
        <KpiComparison
          before={{
            csat: metricValue('csat', previous, 'ratio'),
            fcr: metricValue('fcr', 0.7, 'ratio'),
          }}
          after={
            noData
              ? null
              : {
                  csat: metricValue('csat', value, 'ratio'),
                  fcr: metricValue('fcr', value, 'ratio'),
                }
          }
          metrics={['csat', 'fcr']}
          labels={{ before: `${text} A`, after: `${text} B` }}
          loading={loading}
        />
      </div>
    </ServiceScoreProvider>
  );
}

/**
 * The widgets under `<StrictMode>`, with a mount/unmount toggle and an update driver, both as
 * buttons and on `window.__abuseRapid` (see {@link RapidUpdatesControls}).
 */
export function RapidUpdatesScenario({ initiallyMounted = true }: { initiallyMounted?: boolean }) {
  const [mounted, setMounted] = useState(initiallyMounted);
  const [tick, setTick] = useState(0);
  const [running, setRunning] = useState(false);
  const mountedRef = useRef(mounted);
  mountedRef.current = mounted;
  const tickRef = useRef(tick);
  tickRef.current = tick;
  // The pending `run`: resolved by the effect below once its last update is committed.
  const pending = useRef<{ until: number; done: () => void } | null>(null);

  useEffect(() => {
    const waiting = pending.current;
    if (waiting !== null && tick >= waiting.until) {
      pending.current = null;
      setRunning(false);
      waiting.done();
    }
  }, [tick]);

  const controls = useMemo<RapidUpdatesControls>(
    () => ({
      mount: () => setMounted(true),
      unmount: () => setMounted(false),
      isMounted: () => mountedRef.current,
      run: (durationMs, perSecond) =>
        new Promise<number>((resolve) => {
          const total = Math.max(1, Math.round((durationMs * perSecond) / 1000));
          const from = tickRef.current;
          const started = performance.now();
          let issued = 0;
          setRunning(true);
          const timer = setInterval(() => {
            // A busy main thread delays the timer: issue every change that fell due meanwhile, as
            // a host's data feed would (React batches them into one render).
            const due = Math.floor(((performance.now() - started) * perSecond) / 1000);
            while (issued < Math.min(due, total)) {
              issued += 1;
              setTick((n) => n + 1);
            }
            if (issued < total) return;
            clearInterval(timer);
            pending.current = { until: from + issued, done: () => resolve(issued) };
          }, 1000 / perSecond);
        }),
    }),
    [],
  );

  useEffect(() => {
    window.__abuseRapid = controls;
    return () => {
      if (window.__abuseRapid === controls) delete window.__abuseRapid;
    };
  }, [controls]);

  return (
    <div>
      <div style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
        <button type="button" onClick={() => setMounted((m) => !m)}>
          {mounted ? 'Unmount widgets' : 'Mount widgets'}
        </button>
        <button type="button" disabled={running} onClick={() => void controls.run(10_000, 50)}>
          {running ? `Updating… (${tick})` : 'Update 50 times a second for 10 s'}
        </button>
      </div>
      {mounted && (
        <StrictMode>
          <RapidWidgets tick={tick} />
        </StrictMode>
      )}
    </div>
  );
}
