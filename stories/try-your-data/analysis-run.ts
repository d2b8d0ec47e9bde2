// The analysis the page runs on a CSV text: parse, check the limits, map, validate, evaluate and
// reduce the outcome to what the page renders. One code path; the worker (analyse-worker.ts) and
// the page's own thread (analysis-session.ts, where there is no `Worker`) both call this runner.
import Papa from 'papaparse';
import {
  type Analysis,
  analyse,
  type CsvCheck,
  type CsvRow,
  checkCsv,
  guessMapping,
  limits,
} from './analyse';
import {
  type AnalysisView,
  type CsvSummary,
  type FromAnalysis,
  SHOWN_REJECTED,
  type ToAnalysis,
  type Validation,
} from './analysis-protocol';

/** The parsed CSV, kept by the runner (rows stay where they were parsed). */
export interface ParsedCsv {
  rows: CsvRow[];
  columns: string[];
  errors: Papa.ParseError[];
  check: CsvCheck;
}

/**
 * Papa parses a string in chunks as well (its StringStreamer honours `chunkSize` and calls `chunk`,
 * synchronously); its type definitions allow `chunk` for files only.
 */
type StringChunkConfig = Papa.ParseConfig<CsvRow> & {
  chunkSize: number;
  chunk(results: Papa.ParseResult<CsvRow>, parser: Papa.Parser): void;
};
const parseInChunks = Papa.parse as unknown as (text: string, config: StringChunkConfig) => void;

/** Characters parsed between two progress reports. */
export const PARSE_CHUNK_CHARS = 256 * 1024;

function refused(check: CsvCheck, errors: Papa.ParseError[] = []): ParsedCsv {
  return { rows: [], columns: [], errors, check };
}

/**
 * Parses a CSV text with a header line, in chunks of `chunkChars` characters, calling
 * `onProgress(fraction of the text parsed)` after each, and checks it against the limits. Stops
 * one row past the row limit (enough to say it is over). An unclosed quote (it swallows every
 * later line into one field) makes the CSV refused; other parser problems are kept as hints.
 *
 * Papa numbers a quote error's row within its chunk (header and blank lines included); it is
 * shifted here by the header and the data rows of the earlier chunks, so it is the same as a
 * one-piece parse's unless blank lines came before it.
 *
 * @example
 * const csv = parseCsv('id,createdAt,status\nT1,2026-03-02 08:00,open', (f) => console.log(f));
 * csv.rows // [{ id: 'T1', createdAt: '2026-03-02 08:00', status: 'open' }]
 */
export function parseCsv(
  text: string,
  onProgress: (fraction: number) => void = () => {},
  chunkChars = PARSE_CHUNK_CHARS,
): ParsedCsv {
  if (text.length > limits.bytes) return refused(checkCsv(text, 0, 0, []));
  const rows: CsvRow[] = [];
  const errors: Papa.ParseError[] = [];
  let columns: string[] = [];
  let chunks = 0;
  parseInChunks(text, {
    header: true,
    skipEmptyLines: true,
    preview: limits.rows + 1,
    chunkSize: chunkChars,
    chunk: (results, parser) => {
      const shift = chunks === 0 ? 0 : 1 + rows.length;
      chunks += 1;
      for (const e of results.errors) {
        errors.push(e.type === 'Quotes' && e.row !== undefined ? { ...e, row: e.row + shift } : e);
      }
      for (const row of results.data) rows.push(row);
      columns = results.meta.fields ?? columns;
      onProgress(text.length === 0 ? 1 : Math.min(1, results.meta.cursor / text.length));
      if (rows.length > limits.rows) parser.abort();
    },
  });
  const quotes = errors.filter((e) => e.type === 'Quotes');
  const check = checkCsv(text, rows.length, columns.length, quotes);
  return check.ok ? { rows, columns, errors, check } : refused(check, errors);
}

/** What the page shows of a parsed CSV. */
export function summariseCsv(csv: ParsedCsv): CsvSummary {
  const first = csv.errors[0];
  return {
    rows: csv.rows.length,
    columns: csv.columns,
    problems: csv.errors.length,
    firstProblem:
      first === undefined ? null : { row: (first.row ?? 0) + 1, message: first.message },
    check: csv.check,
  };
}

function validationOf(parsed: NonNullable<Analysis['parsed']>): Validation {
  const counts = parsed.counts.tickets;
  return {
    input: counts.input,
    accepted: counts.accepted,
    rejected: counts.rejected,
    shown: parsed.rejected.slice(0, SHOWN_REJECTED).map((r) => ({
      table: r.table,
      index: r.index,
      id: r.id ?? null,
      path: r.path.join('.'),
      reason: r.reason,
    })),
  };
}

/** `analyse`'s outcome reduced to what the page renders: no dataset, at most 50 rejected rows. */
export function viewOf(analysis: Analysis): AnalysisView {
  if (!analysis.ok) {
    const { parsed, ...rest } = analysis;
    return parsed === undefined ? rest : { ...rest, validation: validationOf(parsed) };
  }
  const { parsed, ...rest } = analysis;
  return { ...rest, validation: validationOf(parsed) };
}

/** A request whose text has been read (a `File` is read by the host before the runner runs). */
export type TextRequest = ToAnalysis & { readonly request: { readonly text: string } };

/** Runs one request and posts its messages; the same function in a worker and on the page. */
export type AnalysisRunner = (message: TextRequest, post: (message: FromAnalysis) => void) => void;

/**
 * Reads a request's file, if it has one, into text (the page shows "parsing" from the start of a
 * new text's run, so the read needs no message of its own). A text request comes back as it is.
 *
 * @example
 * const ready = await withText(message);
 */
export async function withText(message: ToAnalysis): Promise<TextRequest> {
  const { text } = message.request;
  if (typeof text === 'string') return { ...message, request: { ...message.request, text } };
  return { ...message, request: { ...message.request, text: await text.text() } };
}

/**
 * A runner that keeps the last parsed CSV (by `textKey`), so a mapping change is not parsed
 * again. Posts `progress` for each phase (parsing with the fraction of the text parsed; mapping,
 * evaluating and finishing without one), then one `result`, or `failed` if something throws.
 *
 * @example
 * const run = createAnalysisRunner();
 * run({ type: 'run', run: 1, request: { text, textKey: 1, columns: null, dateFormat: '', timeZone: 'UTC' } }, console.log);
 */
export function createAnalysisRunner(chunkChars = PARSE_CHUNK_CHARS): AnalysisRunner {
  let last: { key: number; csv: ParsedCsv } | null = null;
  return ({ run, request }, post) => {
    try {
      let csv: ParsedCsv;
      if (last !== null && last.key === request.textKey) csv = last.csv;
      else {
        last = null;
        post({ type: 'progress', run, phase: 'parsing', fraction: 0 });
        csv = parseCsv(
          request.text,
          (fraction) => post({ type: 'progress', run, phase: 'parsing', fraction }),
          chunkChars,
        );
        last = { key: request.textKey, csv };
      }
      const form = {
        columns: { ...(request.columns ?? guessMapping(csv.columns)) },
        dateFormat: request.dateFormat,
        timeZone: request.timeZone,
      };
      const analysis = csv.check.ok
        ? viewOf(
            analyse(csv.rows, csv.columns, form, (phase) =>
              post({ type: 'progress', run, phase, fraction: null }),
            ),
          )
        : null;
      post({ type: 'result', run, result: { csv: summariseCsv(csv), form, analysis } });
    } catch (e) {
      post({ type: 'failed', run, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
