import { afterSalesTemplate, formatValue, t } from '@servicescore/core';
import {
  GradeBadge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  useServiceScore,
} from '@servicescore/react';
import Papa from 'papaparse';
import { type ChangeEvent, useId, useMemo, useState } from 'react';
import {
  type Analysis,
  analyse,
  type CsvCheck,
  checkCsv,
  limits,
  type CsvRow,
  guessMapping,
  leaderboardMetrics,
  type MappingForm,
  QA_COLUMNS,
  requiredTicketFields,
  ticketFields,
} from './analyse';
import { exampleCsv } from './example-csv';
import { tt } from './try-text';
import './try-your-data.css';

interface Csv {
  rows: CsvRow[];
  columns: string[];
  errors: Papa.ParseError[];
  /** Limits and unclosed quotes: when not ok, nothing is mapped or graded. */
  check: CsvCheck;
}

function parseCsv(text: string): Csv {
  if (text.length > limits.bytes) {
    return { rows: [], columns: [], errors: [], check: checkCsv(text, 0, 0, []) };
  }
  // One row past the limit is enough to say it is over (the rest is not parsed).
  const out = Papa.parse<CsvRow>(text, {
    header: true,
    skipEmptyLines: true,
    preview: limits.rows + 1,
  });
  const columns = out.meta.fields ?? [];
  // An unclosed quote swallows every later line into one field: fatal. Other problems are hints.
  const quotes = out.errors.filter((e) => e.type === 'Quotes');
  const check = checkCsv(text, out.data.length, columns.length, quotes);
  return check.ok
    ? { rows: out.data, columns, errors: out.errors, check }
    : { rows: [], columns: [], errors: out.errors, check };
}

/** The sentence for a CSV the page refuses. */
function csvProblem(check: Exclude<CsvCheck, { ok: true }>, T: Tr): string {
  switch (check.problem) {
    case 'bytes':
      return T('tooManyBytes', { bytes: check.bytes, limit: limits.bytes });
    case 'rows':
      return T('tooManyRows', { limit: limits.rows });
    case 'columns':
      return T('tooManyColumns', { columns: check.columns, limit: limits.columns });
    case 'parse':
      return T('csvBroken', {
        row: check.row,
        message: check.message,
        lost: check.lost,
        lines: check.lines,
      });
  }
}

const defaults = { dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'Asia/Shanghai' };

/** Props of the page: the CSV text it starts with. */
export interface TryYourDataPageProps {
  /** @default '' (nothing loaded) */
  initialText?: string;
}

/** Paste or pick a ticket CSV, map its columns, and see validation, scorecard, leaderboard and Pareto. */
export function TryYourDataPage({ initialText = '' }: TryYourDataPageProps) {
  const { locale, theme } = useServiceScore();
  const ids = useId();
  const T = (key: Parameters<typeof tt>[1], params?: Record<string, string | number>) =>
    tt(locale, key, params);
  const [draft, setDraft] = useState(initialText);
  const [csv, setCsv] = useState<Csv | null>(() =>
    initialText === '' ? null : parseCsv(initialText),
  );
  const [form, setForm] = useState<MappingForm>(() => ({
    columns: csv === null ? {} : guessMapping(csv.columns),
    ...defaults,
  }));

  const load = (text: string) => {
    setDraft(text);
    const next = text.trim() === '' ? null : parseCsv(text);
    setCsv(next);
    setForm((f) => ({ ...f, columns: next === null ? {} : guessMapping(next.columns) }));
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file === undefined) return;
    if (file.size > limits.bytes) {
      // Not read at all: a huge file would block the tab before any check.
      setDraft('');
      setCsv({
        rows: [],
        columns: [],
        errors: [],
        check: { ok: false, problem: 'bytes', bytes: file.size },
      });
      return;
    }
    const reader = new FileReader();
    reader.onload = () => load(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(file);
  };

  const analysis: Analysis | null = useMemo(
    () => (csv === null || !csv.check.ok ? null : analyse(csv.rows, csv.columns, form)),
    [csv, form],
  );

  return (
    <div className="ss-widget ss-try" data-theme={theme} lang={locale}>
      <header className="ss-try__header">
        <h1 className="ss-try__title">{T('title')}</h1>
        <p>{T('intro')}</p>
        <p className="ss-try__privacy">{T('privacy')}</p>
      </header>
      <main className="ss-try__main">
        <section className="ss-try__section" aria-labelledby={`${ids}-s1`}>
          <h2 id={`${ids}-s1`}>{T('step1')}</h2>
          <label htmlFor={`${ids}-text`} className="ss-try__label">
            {T('csvText')}
          </label>
          <textarea
            id={`${ids}-text`}
            className="ss-try__textarea"
            value={draft}
            rows={8}
            spellCheck={false}
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="ss-try__actions">
            <button type="button" className="ss-try__button" onClick={() => load(draft)}>
              {T('analyse')}
            </button>
            <button
              type="button"
              className="ss-try__button ss-try__button--primary"
              onClick={() => load(exampleCsv)}
            >
              {T('useExample')}
            </button>
            <button type="button" className="ss-try__button" onClick={() => load('')}>
              {T('clear')}
            </button>
            <span className="ss-try__file">
              <label htmlFor={`${ids}-file`}>{T('file')}</label>
              <input id={`${ids}-file`} type="file" accept=".csv,text/csv" onChange={onFile} />
            </span>
          </div>
          <p className="ss-try__muted">
            {T('limits', {
              bytes: '20 MB',
              rows: formatValue(limits.rows, 'count', { locale }),
              columns: limits.columns,
            })}
          </p>
          {csv !== null && !csv.check.ok && (
            <div role="alert" className="ss-try__error">
              <strong>{T('csvRefused')}</strong> {csvProblem(csv.check, T)}
            </div>
          )}
          <p className="ss-try__muted" aria-live="polite">
            {csv === null
              ? T('empty')
              : T('parsed', { rows: csv.rows.length, columns: csv.columns.length })}
            {csv !== null && csv.errors.length > 0 && (
              <>
                {' · '}
                {T('csvProblems', {
                  count: csv.errors.length,
                  row: (csv.errors[0]?.row ?? 0) + 1,
                  message: csv.errors[0]?.message ?? '',
                })}
              </>
            )}
          </p>
        </section>

        {csv?.check.ok && (
          <MappingSection ids={ids} csv={csv} form={form} setForm={setForm} T={T} />
        )}
        {analysis !== null && <Results ids={ids} analysis={analysis} T={T} />}
      </main>
    </div>
  );
}

type Tr = (key: Parameters<typeof tt>[1], params?: Record<string, string | number>) => string;

function MappingSection({
  ids,
  csv,
  form,
  setForm,
  T,
}: {
  ids: string;
  csv: Csv;
  form: MappingForm;
  setForm: (update: (f: MappingForm) => MappingForm) => void;
  T: Tr;
}) {
  const qaCount = csv.columns.filter((c) => /^qa[_.]/i.test(c)).length;
  return (
    <section className="ss-try__section" aria-labelledby={`${ids}-s2`}>
      <h2 id={`${ids}-s2`}>{T('step2')}</h2>
      <p className="ss-try__muted">{T('mappingNote')}</p>
      <div className="ss-try__formats">
        <div className="ss-try__field">
          <label htmlFor={`${ids}-fmt`}>{T('dateFormat')}</label>
          <input
            id={`${ids}-fmt`}
            value={form.dateFormat}
            aria-describedby={`${ids}-fmt-hint`}
            onChange={(e) => setForm((f) => ({ ...f, dateFormat: e.target.value }))}
          />
          <small id={`${ids}-fmt-hint`}>{T('dateFormatHint')}</small>
        </div>
        <div className="ss-try__field">
          <label htmlFor={`${ids}-tz`}>{T('timeZone')}</label>
          <input
            id={`${ids}-tz`}
            value={form.timeZone}
            aria-describedby={`${ids}-tz-hint`}
            onChange={(e) => setForm((f) => ({ ...f, timeZone: e.target.value }))}
          />
          <small id={`${ids}-tz-hint`}>{T('timeZoneHint')}</small>
        </div>
      </div>
      <fieldset className="ss-try__mapping">
        <legend>{`${T('field')} → ${T('column')}`}</legend>
        {ticketFields.map((field) => {
          const id = `${ids}-map-${field}`;
          const required = requiredTicketFields.has(field);
          return (
            <div key={field} className="ss-try__map-row">
              <label htmlFor={id}>
                <code>{field}</code>
                {required && <span aria-hidden="true"> *</span>}
              </label>
              <select
                id={id}
                required={required}
                value={form.columns[field] ?? ''}
                onChange={(e) =>
                  setForm((f) => ({ ...f, columns: { ...f.columns, [field]: e.target.value } }))
                }
              >
                <option value="">{T('notMapped')}</option>
                {field === 'qa' && qaCount > 0 && (
                  <option value={QA_COLUMNS}>{T('qaColumns', { count: qaCount })}</option>
                )}
                {csv.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}

function Results({ ids, analysis, T }: { ids: string; analysis: Analysis; T: Tr }) {
  const { locale } = useServiceScore();
  const count = (n: number) => formatValue(n, 'count', { locale });
  const parsed = analysis.parsed;
  return (
    <>
      <section className="ss-try__section" aria-labelledby={`${ids}-s3`}>
        <h2 id={`${ids}-s3`}>{T('step3')}</h2>
        {!analysis.ok && analysis.stage === 'mapping' && (
          <div role="alert" className="ss-try__error">
            <strong>{T('mappingError')}:</strong> {analysis.message}
          </div>
        )}
        {parsed !== undefined && (
          <>
            <dl className="ss-try__counts">
              <div>
                <dt>{T('input')}</dt>
                <dd>{count(parsed.counts.tickets.input)}</dd>
              </div>
              <div>
                <dt>{T('accepted')}</dt>
                <dd>{count(parsed.counts.tickets.accepted)}</dd>
              </div>
              <div data-bad={parsed.rejected.length > 0 || undefined}>
                <dt>{T('rejected')}</dt>
                <dd>{count(parsed.counts.tickets.rejected)}</dd>
              </div>
            </dl>
            {parsed.rejected.length === 0 ? (
              <p className="ss-try__muted">{T('noRejected')}</p>
            ) : (
              <div className="ss-try__scroll">
                <table className="ss-try__table">
                  <caption>{T('rejectedCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{T('table')}</th>
                      <th scope="col">{T('row')}</th>
                      <th scope="col">{T('id')}</th>
                      <th scope="col">{T('field')}</th>
                      <th scope="col">{T('reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parsed.rejected.slice(0, 50).map((r) => (
                      <tr key={`${r.table}:${r.index}`}>
                        <td>{r.table}</td>
                        <td>{r.index + 1}</td>
                        <td>{r.id ?? '—'}</td>
                        <td>
                          <code>{r.path.join('.') || '—'}</code>
                        </td>
                        <td className="ss-try__reason">{r.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </section>
      {parsed !== undefined && <Outcome ids={ids} analysis={analysis} T={T} />}
    </>
  );
}

function Outcome({ ids, analysis, T }: { ids: string; analysis: Analysis; T: Tr }) {
  const { locale } = useServiceScore();
  return (
    <section className="ss-try__section" aria-labelledby={`${ids}-s4`}>
      <h2 id={`${ids}-s4`}>{T('step4')}</h2>
      {!analysis.ok ? (
        <div role="alert" className="ss-try__error">
          <strong>{T('analysisError')}:</strong> {analysis.message}
        </div>
      ) : analysis.scorecard === null ? (
        <p className="ss-try__muted">{T('nothingAccepted')}</p>
      ) : (
        <>
          {analysis.asOf !== null && (
            <p className="ss-try__muted">
              {T('asOf', { asOf: new Date(analysis.asOf).toISOString().replace('.000', '') })}
              {analysis.beyondHorizon > 0 &&
                ` ${T('beyondHorizon', { count: analysis.beyondHorizon })}`}
            </p>
          )}
          <h3 className="ss-try__h3">
            {T('scorecard')} <GradeBadge result={analysis.scorecard} showScore />
          </h3>
          <ScorecardTable result={analysis.scorecard} />
          <div className="ss-try__pair">
            <div>
              <h3 className="ss-try__h3">{T('leaderboard')}</h3>
              <KpiLeaderboard
                evaluation={analysis.byAgent}
                metrics={leaderboardMetrics}
                template={afterSalesTemplate}
                nameHeader={t(locale, 'agent')}
                label={T('leaderboard')}
                height={300}
              />
            </div>
            <div>
              <h3 className="ss-try__h3">{T('pareto')}</h3>
              <ParetoChart data={analysis.causes} label={T('pareto')} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
