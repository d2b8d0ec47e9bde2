import {
  formatValue,
  type Locale,
  type TicketInput,
  messages,
  translate,
} from '@servicescore/core';
import { KpiCard, KpiLeaderboard, useServiceScore } from '@servicescore/react';
import { type ReactNode, useId } from 'react';
import {
  analyseEventLog,
  asOf,
  cardMetrics,
  type EventLogAnalysis,
  eventLogSpec,
  leaderboardMetrics,
} from './event-log-data';
import { et } from './event-log-text';
import './event-log.css';

type Tr = (key: Parameters<typeof et>[1], params?: Record<string, string | number>) => string;

/**
 * An instant as the log writes it, `YYYY-MM-DD HH:mm` in Beijing time. Asia/Shanghai has kept
 * UTC+8 without daylight saving since 1991, so adding 8 hours is exact (and needs no Intl zone data).
 */
function beijing(ms: unknown): string {
  return typeof ms === 'number'
    ? new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
    : '—';
}

/** The spec exactly as the page passes it, as code. */
const specCode = `foldEvents(rows, ${JSON.stringify(eventLogSpec, null, 2)});`;

/**
 * A scrollable region: keyboard users scroll it too, so it takes focus and has a name (axe
 * `scrollable-region-focusable`, WCAG 2.1.1).
 */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="ss-evlog__scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="ss-evlog__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function LogTable({ analysis, T }: { analysis: EventLogAnalysis; T: Tr }) {
  const rejected = new Set(analysis.folded.rejected.map((r) => r.index));
  const columns = Object.keys(analysis.rows[0] ?? {});
  return (
    <Scroll label={T('logCaption')}>
      <table className="ss-evlog__table">
        <caption>{T('logCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{T('row')}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                <code>{c}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed and identified by their number.
            <tr key={i} data-rejected={rejected.has(i) || undefined}>
              <th scope="row">{i + 1}</th>
              {columns.map((c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function Rejections({
  analysis,
  T,
  locale,
}: {
  analysis: EventLogAnalysis;
  T: Tr;
  locale: Locale;
}) {
  const { counts, rejected } = analysis.folded;
  const n = (v: number) => formatValue(v, 'count', { locale });
  return (
    <>
      <dl className="ss-evlog__counts">
        <div>
          <dt>{T('events')}</dt>
          <dd>{n(counts.events)}</dd>
        </div>
        <div>
          <dt>{T('accepted')}</dt>
          <dd>{n(counts.accepted)}</dd>
        </div>
        <div data-bad={counts.rejected > 0 || undefined}>
          <dt>{T('rejected')}</dt>
          <dd>{n(counts.rejected)}</dd>
        </div>
        <div>
          <dt>{T('cases')}</dt>
          <dd>{n(counts.cases)}</dd>
        </div>
      </dl>
      <Scroll label={T('rejectedList')}>
        <table className="ss-evlog__table">
          <caption className="ss-evlog__sr-only">{T('rejectedList')}</caption>
          <thead>
            <tr>
              <th scope="col">{T('row')}</th>
              <th scope="col">{T('caseId')}</th>
              <th scope="col">{T('field')}</th>
              <th scope="col">{T('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={r.index}>
                <th scope="row">{r.index + 1}</th>
                <td>{r.id ?? T('none')}</td>
                <td>
                  <code>{r.path.join('.') || T('none')}</code>
                </td>
                <td className="ss-evlog__reason">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </>
  );
}

const ticketColumns = [
  'id',
  'createdAt',
  'status',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'reopens',
  'contacts',
  'agentId',
] as const satisfies readonly (keyof TicketInput & Parameters<typeof et>[1])[];

const instantColumns = new Set<string>(['createdAt', 'firstResponseAt', 'resolvedAt', 'closedAt']);

function TicketsTable({ analysis, T }: { analysis: EventLogAnalysis; T: Tr }) {
  const { tickets, cases } = analysis.folded;
  const show = (ticket: TicketInput, key: (typeof ticketColumns)[number]) => {
    const v = ticket[key];
    if (instantColumns.has(key)) return beijing(v);
    return v === undefined || v === null ? T('none') : String(v);
  };
  const ticketRejections = analysis.parsed.rejected;
  return (
    <>
      <Scroll label={T('ticketsCaption')}>
        <table className="ss-evlog__table">
          <caption>{T('ticketsCaption')}</caption>
          <thead>
            <tr>
              {ticketColumns.map((c) => (
                <th key={c} scope="col">
                  {T(c)}
                </th>
              ))}
              <th scope="col">{T('eventRows')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket, i) => (
              <tr key={String(ticket.id)}>
                <th scope="row">{String(ticket.id)}</th>
                {ticketColumns.slice(1).map((c) => (
                  <td key={c} className={c === 'status' ? undefined : 'ss-evlog__num'}>
                    {c === 'status' ? <code>{show(ticket, c)}</code> : show(ticket, c)}
                  </td>
                ))}
                <td>{cases[i]?.events.map((e) => e + 1).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <p className="ss-evlog__muted">
        {ticketRejections.length === 0
          ? T('ticketsAccepted', { count: tickets.length })
          : `${T('ticketsRejected', { count: ticketRejections.length })} ${ticketRejections
              .map((r) => `${r.id ?? r.index}: ${r.reason}`)
              .join('; ')}`}
      </p>
    </>
  );
}

/** A synthetic event log folded into tickets with `foldEvents`, then validated and evaluated. */
export function EventLogPage() {
  const { locale, theme } = useServiceScore();
  const ids = useId();
  const T: Tr = (key, params) => et(locale, key, params);
  const analysis = analyseEventLog();
  return (
    <div className="ss-widget ss-evlog" data-theme={theme} lang={locale}>
      <header className="ss-evlog__header">
        <h1 className="ss-evlog__title">{T('title')}</h1>
        <p>{T('intro')}</p>
        <p className="ss-evlog__muted">{T('synthetic')}</p>
      </header>
      <main className="ss-evlog__main">
        <Section id={`${ids}-log`} title={T('logHeading')}>
          <LogTable analysis={analysis} T={T} />
        </Section>
        <Section id={`${ids}-spec`} title={T('specHeading')}>
          <p className="ss-evlog__muted">{T('specNote')}</p>
          <Scroll label={T('specCode')}>
            <pre className="ss-evlog__code">
              <code>{specCode}</code>
            </pre>
          </Scroll>
        </Section>
        <Section id={`${ids}-rejected`} title={T('rejectedHeading')}>
          <Rejections analysis={analysis} T={T} locale={locale} />
        </Section>
        <Section id={`${ids}-tickets`} title={T('ticketsHeading')}>
          <TicketsTable analysis={analysis} T={T} />
        </Section>
        <Section id={`${ids}-kpi`} title={T('kpiHeading')}>
          <p className="ss-evlog__muted">{T('kpiNote', { asOf: beijing(asOf) })}</p>
          <ul className="ss-evlog__cards">
            {cardMetrics.map((id) => (
              <li key={id}>
                <KpiCard metric={id} value={analysis.overall.overall[id] ?? null} />
              </li>
            ))}
          </ul>
          <KpiLeaderboard
            evaluation={analysis.byAgent}
            metrics={leaderboardMetrics}
            nameHeader={translate(messages, locale, 'agent')}
            label={T('leaderboard')}
            height={260}
          />
        </Section>
      </main>
    </div>
  );
}
