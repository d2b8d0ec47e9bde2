import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every rule the source code cites lives in the repository: a citation is `[RULES.md#anchor]`, the
 * anchor is an `id` in docs/RULES.md, and nothing cites the design notes (KPIS.md) or the seed
 * documents, which are outside the repository, in any other way.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rules = readFileSync(join(root, 'docs/RULES.md'), 'utf8');
const anchors = new Set([...rules.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] as string));

/** One citation found: file, line and anchor. */
interface Citation {
  readonly file: string;
  readonly line: number;
  readonly anchor: string;
}

const citationPattern = /\[RULES\.md#([A-Za-z0-9-]+)\]/g;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The citations of one source text and its problems: an anchor missing from RULES.md, a mention of
 * KPIS.md, `RULES.md` outside the citation form, a seed item (`004#9`) outside a quoted seed list,
 * or a seed named by number (`seed 003`) without a citation of that seed within 160 characters.
 */
function scanCitations(
  file: string,
  text: string,
  known: ReadonlySet<string>,
): { citations: Citation[]; problems: string[] } {
  const citations: Citation[] = [];
  const problems: string[] = [];
  for (const m of text.matchAll(citationPattern)) {
    const anchor = m[1] as string;
    const line = lineAt(text, m.index);
    citations.push({ file, line, anchor });
    if (!known.has(anchor))
      problems.push(`${file}:${line}: [RULES.md#${anchor}] has no id="${anchor}" in docs/RULES.md`);
  }
  // Blank out the well-formed citations, keeping offsets, then look for any other form.
  const rest = text.replace(citationPattern, (c) => ' '.repeat(c.length));
  const bad: [RegExp, string][] = [
    [/KPIS\.md/g, 'cites KPIS.md, which is not in the repository'],
    [/RULES\.md(?!#[A-Za-z0-9-]+\])/g, 'names RULES.md outside the form [RULES.md#anchor]'],
    [/\[RULES\.md#[^\]]*(?:\]|$)/gm, 'has a malformed [RULES.md#anchor] citation'],
    [/(?<!['`])\b00\d#\d+/g, 'cites a seed item outside the form [RULES.md#seed-00N-M]'],
  ];
  for (const [pattern, why] of bad) {
    for (const m of rest.matchAll(pattern)) {
      problems.push(`${file}:${lineAt(text, m.index)}: ${why}: ${JSON.stringify(m[0])}`);
    }
  }
  for (const m of rest.matchAll(/\bseeds? (\d{3})/gi)) {
    const after = text.slice(m.index, m.index + 160);
    if (!after.includes(`[RULES.md#seed-${m[1]}`)) {
      problems.push(
        `${file}:${lineAt(text, m.index)}: names ${JSON.stringify(m[0])} without citing it as [RULES.md#seed-${m[1]}-…] right after`,
      );
    }
  }
  return { citations, problems };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(e.name) ? [path] : [];
  });
}

const packagesDir = join(root, 'packages');
const files = readdirSync(packagesDir).flatMap((pkg) => sourceFiles(join(packagesDir, pkg, 'src')));
const scans = files.map((path) =>
  scanCitations(relative(root, path), readFileSync(path, 'utf8'), anchors),
);
const citations = scans.flatMap((s) => s.citations);

describe('rule citations in packages/*/src', () => {
  it('are all [RULES.md#anchor] with an anchor RULES.md has', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(scans.flatMap((s) => s.problems)).toEqual([]);
  });

  it('are found where the code applies a rule', () => {
    const cites = (file: string, anchor: string) =>
      citations.some((c) => c.file === file && c.anchor === anchor);
    expect(cites('packages/core/src/evaluate/timestamps.ts', 'rule-9')).toBe(true);
    expect(cites('packages/core/src/metrics/efficiency/request-volume.ts', 'seed-004-9')).toBe(
      true,
    );
    expect(cites('packages/core/src/format/format-value.ts', 'scoring-shown-value')).toBe(true);
    expect(cites('packages/react/src/agent-report/agent-report-card.tsx', 'seed-001-results')).toBe(
      true,
    );
    // Metric definitions, catalogue indexes, scoring, evaluation, Pareto, PDCA, SLA, formatting: 77 files.
    expect(new Set(citations.map((c) => c.file)).size).toBeGreaterThan(60);
  });
});

describe('scanCitations', () => {
  const known = new Set(['rule-9', 'seed-004-9', 'seed-003-pareto']);
  const problemsOf = (text: string) => scanCitations('x.ts', text, known).problems;

  it('accepts well-formed citations of known anchors', () => {
    expect(problemsOf('/** Period [RULES.md#rule-9]; volume [RULES.md#seed-004-9]. */')).toEqual(
      [],
    );
    expect(problemsOf("seeds: ['000', '004#1'],")).toEqual([]);
    expect(problemsOf('/** Pareto (seed 003 "帕累托分析" [RULES.md#seed-003-pareto]). */')).toEqual(
      [],
    );
  });

  it('refuses KPIS.md, bare seed items and bare seed numbers, naming file and line', () => {
    expect(problemsOf('a\n/** (KPIS.md rule 9) */')).toEqual([
      'x.ts:2: cites KPIS.md, which is not in the repository: "KPIS.md"',
    ]);
    expect(problemsOf('/** [seed 004#9] */')).toEqual([
      'x.ts:1: cites a seed item outside the form [RULES.md#seed-00N-M]: "004#9"',
      'x.ts:1: names "seed 004" without citing it as [RULES.md#seed-004-…] right after',
    ]);
    expect(problemsOf('/** RULES.md rule 9 */')).toEqual([
      'x.ts:1: names RULES.md outside the form [RULES.md#anchor]: "RULES.md"',
    ]);
  });

  it('refuses an anchor RULES.md does not have', () => {
    expect(problemsOf('/** [RULES.md#rule-99] */')).toEqual([
      'x.ts:1: [RULES.md#rule-99] has no id="rule-99" in docs/RULES.md',
    ]);
  });
});
