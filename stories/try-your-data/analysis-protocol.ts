// The messages between the try-your-data page and its analysis runner (a module worker, or the
// same runner on the page's thread where there is no `Worker`). Everything in them is plain data,
// copied by structured clone: the mapping's accessor functions never leave the runner.
import type { Evaluation, ParetoInput, ScorecardResult } from '@servicescore/core';
import type { AnalysePhase, CsvCheck, MappingForm } from './analyse';

/** What the progress bar names: the CSV parse, then the steps of `analyse`. */
export type AnalysisPhase = 'parsing' | AnalysePhase;

/** One analysis: the CSV text and the mapping form. */
export interface AnalysisRequest {
  /**
   * The CSV text (header line first), or a picked file: a `File` crosses to the worker as a handle
   * and is read there, so the page never holds or copies a large file's text.
   */
  readonly text: string | Blob;
  /**
   * Identifies `text`: a runner that parsed a text under this key reuses that parse (a mapping
   * change does not parse the file again). A new text needs a new key.
   */
  readonly textKey: number;
  /** Canonical field → column; `null` guesses it from the column names (a new file). */
  readonly columns: Readonly<Record<string, string>> | null;
  readonly dateFormat: string;
  readonly timeZone: string;
}

/** Page → runner. `run` numbers the request; every answer carries it. */
export interface ToAnalysis {
  readonly type: 'run';
  readonly run: number;
  readonly request: AnalysisRequest;
}

/** The CSV as the page shows it: counts, column names and the first parser hint, never the rows. */
export interface CsvSummary {
  readonly rows: number;
  readonly columns: readonly string[];
  /** Parser hints (not fatal): how many, and the first one's data row (1-based) and message. */
  readonly problems: number;
  readonly firstProblem: { readonly row: number; readonly message: string } | null;
  /** Limits and unclosed quotes: when not ok, nothing is mapped or graded. */
  readonly check: CsvCheck;
}

/** A rejected row as the page lists it. */
export interface RejectedRow {
  readonly table: string;
  readonly index: number;
  readonly id: string | null;
  /** The first issue's field path, joined with dots ('' for the whole record). */
  readonly path: string;
  readonly reason: string;
}

/** The validation report: counts of tickets and the first rejected rows. */
export interface Validation {
  readonly input: number;
  readonly accepted: number;
  readonly rejected: number;
  /** The first {@link SHOWN_REJECTED} rejected rows. */
  readonly shown: readonly RejectedRow[];
}

/** How many rejected rows the page lists (and the runner sends). */
export const SHOWN_REJECTED = 50;

/** `analyse`'s outcome reduced to what the page renders (no parsed dataset). */
export type AnalysisView =
  | {
      readonly ok: false;
      readonly stage: 'mapping' | 'analysis';
      readonly message: string;
      readonly validation?: Validation | undefined;
    }
  | {
      readonly ok: true;
      readonly validation: Validation;
      readonly asOf: number | null;
      readonly beyondHorizon: number;
      readonly scorecard: ScorecardResult | null;
      readonly byAgent: Evaluation | null;
      readonly causes: readonly ParetoInput[];
    };

/** A finished run: the CSV, the mapping form used, and the analysis (null: the CSV was refused). */
export interface AnalysisResult {
  readonly csv: CsvSummary;
  readonly form: MappingForm;
  readonly analysis: AnalysisView | null;
}

/** Runner → page. */
export type FromAnalysis =
  /** A phase started (`fraction` null) or advanced (`fraction` of it done, 0–1). */
  | {
      readonly type: 'progress';
      readonly run: number;
      readonly phase: AnalysisPhase;
      readonly fraction: number | null;
    }
  | { readonly type: 'result'; readonly run: number; readonly result: AnalysisResult }
  /** Something the analysis does not catch itself (the worker failed to load, a bug). */
  | { readonly type: 'failed'; readonly run: number; readonly message: string };
