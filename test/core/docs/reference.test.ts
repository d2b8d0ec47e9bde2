import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatMarkdown,
  metricInputReference,
  metricRules,
  readmeReference,
  referenceDoc,
  replaceSection,
  rulesDoc,
  scorecardRules,
  updateCommand,
} from './reference';

const referencePath = fileURLToPath(new URL('../../../docs/REFERENCE.md', import.meta.url));
const rulesPath = fileURLToPath(new URL('../../../docs/RULES.md', import.meta.url));
const readmePath = fileURLToPath(new URL('../../../README.md', import.meta.url));
const update = process.env.UPDATE_DOCS === '1';

/** Compares a committed doc with its generated text, or rewrites it under UPDATE_DOCS=1. */
function checkDoc(path: string, generated: string): void {
  const committed = readFileSync(path, 'utf8');
  if (update) {
    if (committed !== generated) writeFileSync(path, generated);
    return;
  }
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(
      `${path} is out of date with the code (first difference at line ${line + 1}: ${JSON.stringify(a[line])} should be ${JSON.stringify(b[line])}). Run \`${updateCommand}\` and commit the result.`,
    );
  }
}

/** The Markdown row whose first cell contains `key`. */
function rowOf(markdown: string, key: string): string {
  const found = markdown.split('\n').find((l) => l.startsWith(`| ${key}`));
  if (found === undefined) throw new Error(`no row for ${key}`);
  return found;
}

describe('docs/REFERENCE.md', () => {
  it('is the text generated from the table declarations and the catalogue', () => {
    checkDoc(referencePath, formatMarkdown(referenceDoc(), 'docs/REFERENCE.md'));
  });

  it('lists each ticket field with its type, presence, meaning and rule', () => {
    const doc = referenceDoc();
    // tables.ts: createdAt = required(instant('when the request came in')).
    expect(rowOf(doc, '`createdAt`')).toBe(
      '| `createdAt` | `instant` | required | when the request came in | an instant: Date, epoch ms, or ISO-8601 text with Z or an offset |',
    );
    // priority = withDefault(oneOf(priority members)(…), 'normal'): the rule gains "; default normal".
    expect(rowOf(doc, '`priority`')).toBe(
      '| `priority` | `enum` | optional, default `normal` | the SLA policy keys on it | one of urgent, high, normal, low; default normal |',
    );
    // 30 ticket fields, 12 call fields, 17 agent fields, 9 customer fields (tables.ts).
    expect(doc).toContain('<a id="table-tickets"></a>30 fields');
    expect(doc).toContain('<a id="table-calls"></a>12 fields');
    expect(doc).toContain('<a id="table-agents"></a>17 fields');
    expect(doc).toContain('<a id="table-customers"></a>9 fields');
  });

  it('names the fields each metric needs and its outcome fields', () => {
    const inputs = metricInputReference();
    // followUpRate: population `resolved` (resolvedAt), hit followUpAt ≤ resolvedAt + 48 h.
    expect(rowOf(inputs, '[`followUpRate`]')).toBe(
      '| [`followUpRate`](RULES.md#metric-followUpRate) | Timely follow-up rate | `tickets` | `followUpAt`, `resolvedAt` | `followUpAt`, `resolvedAt` |',
    );
    // responseTimelinessRate reads only the response outcome, whose inputs are both fallbacks.
    expect(rowOf(inputs, '[`responseTimelinessRate`]')).toBe(
      '| [`responseTimelinessRate`](RULES.md#metric-responseTimelinessRate) | Response timeliness | `tickets` | — | `firstResponseAt`, `resolvedAt` |',
    );
  });
});

describe('README.md', () => {
  it('has its reference section (fields per table, fields per metric) up to date with the code', () => {
    const committed = readFileSync(readmePath, 'utf8');
    checkDoc(
      readmePath,
      formatMarkdown(replaceSection(committed, 'reference', readmeReference()), 'README.md'),
    );
  });

  it('lists the required fields of each table first, and the needs of each metric', () => {
    const text = readmeReference();
    // tables.ts: tickets require id, createdAt, status; the optional fields follow in table order.
    expect(text).toContain(
      '- **tickets** ([details](docs/REFERENCE.md#table-tickets)) — required: `id`, `createdAt`, `status`; optional: `firstResponseAt`,',
    );
    // followUpRate: population resolved (resolvedAt), hit followUpAt ≤ resolvedAt + 48 h.
    expect(rowOf(text, '[`followUpRate`]')).toBe(
      '| [`followUpRate`](docs/RULES.md#metric-followUpRate) | `tickets` | `followUpAt`, `resolvedAt` | `followUpAt`, `resolvedAt` |',
    );
  });
});

describe('docs/RULES.md', () => {
  it('has its generated sections (metrics, default scorecard) up to date with the code', () => {
    const committed = readFileSync(rulesPath, 'utf8');
    checkDoc(rulesPath, formatMarkdown(rulesDoc(committed), 'docs/RULES.md'));
  });

  it('gives each metric an anchor, its formula and its seed links', () => {
    const rules = metricRules();
    // csat.ts: seeds ['000', '004#1'], period surveyedAt, min sample 30.
    const csat = rowOf(rules, '<a id="metric-csat"></a>');
    expect(csat).toContain('[000](#seed-000), [004#1](#seed-004-1)');
    expect(csat).toContain('| `surveyedAt` | 30 |');
    expect(rules).toContain('<a id="metric-qaScore-etiquette"></a>`qaScore.etiquette`');
  });

  it('shows the default scorecard rules and grade scale', () => {
    const card = scorecardRules();
    // afterSalesRules.responseTimelinessRate: ≥ 95 % → 10, ≥ 90 % → 8, else 5; weight 10.
    expect(card).toContain('| 10 | ≥ 95% → 10; ≥ 90% → 8; else → 5 | 增加高峰期客服人员 |');
    expect(card).toContain('| `excellent` | 优秀 | Excellent | ≥ 90 |');
  });

  it('refuses a doc without the section markers, naming them', () => {
    expect(() => replaceSection('# no markers', 'metrics', 'x')).toThrow(
      'The doc has no `<!-- metrics:start -->` … `<!-- metrics:end -->` section to generate into.',
    );
  });
});
