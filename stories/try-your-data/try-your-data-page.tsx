import { formatValue } from '@servicescore/core';
import { useServiceScore } from '@servicescore/react';
import { type ChangeEvent, useId, useState } from 'react';
import {
  type CsvCheck,
  limits,
  type MappingForm,
  QA_COLUMNS,
  requiredTicketFields,
  ticketFields,
} from './analyse';
import type { CsvSummary } from './analysis-protocol';
import { exampleCsv } from './example-csv';
import { Results, type Tr } from './try-results';
import { RunStatus } from './try-run-status';
import { tt } from './try-text';
import { useTryAnalysis } from './use-try-analysis';
import './try-your-data.css';

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

/** A picked file larger than this is read and analysed in the worker, not put in the text box. */
const TEXT_BOX_MAX_BYTES = 256 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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
  // A picked file too big for the text box: its name and size, said instead of shown.
  const [fileNote, setFileNote] = useState<{ name: string; size: string } | null>(null);
  const { shown, running, notice, form, load, setForm, refuseBytes, cancel } =
    useTryAnalysis(initialText);
  const csv = shown.csv;

  const loadText = (text: string) => {
    setDraft(text);
    setFileNote(null);
    load(text);
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file === undefined) return;
    if (file.size > limits.bytes) {
      // Not read at all: a huge file would block the tab before any check.
      setDraft('');
      setFileNote(null);
      refuseBytes(file.size);
      return;
    }
    if (file.size > TEXT_BOX_MAX_BYTES) {
      // Read in the worker, not here, and not laid out in the <textarea> (that alone takes seconds).
      setDraft('');
      setFileNote({ name: file.name, size: megabytes(file.size) });
      load(file);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => loadText(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(file);
  };

  return (
    <div className="ss-widget ss-try" data-theme={theme} lang={locale}>
      <header className="ss-try__header">
        <h1 className="ss-try__title">{T('title')}</h1>
        <p>{T('intro')}</p>
        <p className="ss-try__privacy">{T('privacy')}</p>
      </header>
      <main className="ss-try__main" aria-busy={running !== null || undefined}>
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
          {fileNote !== null && <p className="ss-try__muted">{T('fileNotShown', fileNote)}</p>}
          <div className="ss-try__actions">
            <button type="button" className="ss-try__button" onClick={() => loadText(draft)}>
              {T('analyse')}
            </button>
            <button
              type="button"
              className="ss-try__button ss-try__button--primary"
              onClick={() => loadText(exampleCsv)}
            >
              {T('useExample')}
            </button>
            <button type="button" className="ss-try__button" onClick={() => loadText('')}>
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
          <RunStatus running={running} notice={notice} onCancel={cancel} T={T} />
          {csv !== null && !csv.check.ok && (
            <div role="alert" className="ss-try__error">
              <strong>{T('csvRefused')}</strong> {csvProblem(csv.check, T)}
            </div>
          )}
          <p className="ss-try__muted" aria-live="polite">
            {csv === null
              ? T('empty')
              : T('parsed', { rows: csv.rows, columns: csv.columns.length })}
            {csv?.firstProblem && (
              <>
                {'\u00a0· '}
                {T('csvProblems', {
                  count: csv.problems,
                  row: csv.firstProblem.row,
                  message: csv.firstProblem.message,
                })}
              </>
            )}
          </p>
        </section>

        {csv?.check.ok && (
          <MappingSection ids={ids} csv={csv} form={form} setForm={setForm} T={T} />
        )}
        {shown.analysis !== null && <Results ids={ids} analysis={shown.analysis} T={T} />}
      </main>
    </div>
  );
}

function MappingSection({
  ids,
  csv,
  form,
  setForm,
  T,
}: {
  ids: string;
  csv: CsvSummary;
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
