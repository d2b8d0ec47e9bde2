/**
 * Renders the generated parts of the docs from the code itself, so they cannot drift from it:
 * `docs/REFERENCE.md` (the canonical fields of every record table, from `data/tables.ts`, and the
 * fields each catalogue metric needs, from `evaluate/recorded.ts`) and the generated sections of
 * `docs/RULES.md` (each metric's definition, the default scorecard and the grade scale).
 * `reference.test.ts` compares them with the committed files and rewrites them under
 * `UPDATE_DOCS=1` (see {@link updateCommand}).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  type AnyMetric,
  afterSalesTemplate,
  defaultGradeScale,
  type MetricCategory,
  metrics,
  ruleText,
} from '@servicescore/core';
import { type FieldDef, recordTables } from '../../../packages/core/src/data/tables';
import { metricInputs } from '../../../packages/core/src/evaluate/recorded';

/** The command that rewrites the generated docs. */
export const updateCommand = 'UPDATE_DOCS=1 pnpm exec vitest run --project core test/core/docs';

const banner = (source: string) =>
  `<!-- Generated from ${source} by test/core/docs/reference.ts: do not edit by hand; run \`${updateCommand}\`. -->`;

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const code = (name: string) => `\`${name}\``;
const codes = (names: readonly string[]) => (names.length === 0 ? '—' : names.map(code).join(', '));

/** The HTML anchor of a metric in RULES.md (`qaScore.etiquette` → `metric-qaScore-etiquette`). */
export function metricAnchor(id: string): string {
  return `metric-${id.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/** The anchor of a seed reference in RULES.md (`'004#1'` → `seed-004-1`, `'000'` → `seed-000`). */
export function seedAnchor(ref: string): string {
  return `seed-${ref.replace('#', '-')}`;
}

function presence(def: FieldDef): string {
  if (def.presence === 'required') return 'required';
  if (def.presence === 'default') return `optional, default ${code(String(def.fallback))}`;
  return 'optional';
}

/** One Markdown section per record table: field | type | presence | meaning | rule. */
export function fieldReference(): string {
  return Object.values(recordTables)
    .map((t) => {
      const fields = Object.entries(t.fields as Readonly<Record<string, FieldDef>>);
      const rows = fields.map(([name, def]) => [
        code(name),
        // `attributes` is declared with the text kind (its values convert as text) but holds an object.
        name === 'attributes' ? 'object' : code(def.kind),
        presence(def),
        cell(def.doc),
        cell(def.rule),
      ]);
      return [
        `### ${t.table}`,
        '',
        `<a id="table-${t.table}"></a>${fields.length} fields, in canonical order.`,
        '',
        table(['field', 'type', 'presence', 'meaning', 'rule'], rows),
      ].join('\n');
    })
    .join('\n\n');
}

const categories: readonly MetricCategory[] = [
  'satisfaction',
  'quality',
  'efficiency',
  'people',
  'business',
];
const categoryTitle: Readonly<Record<string, string>> = {
  satisfaction: 'Satisfaction (客户满意度)',
  quality: 'Quality (服务质量)',
  efficiency: 'Efficiency (服务效率)',
  people: 'People (服务人员 / 个人绩效与发展)',
  business: 'Business impact (业务影响)',
};

function catalogue(): AnyMetric[] {
  const all = Object.values(metrics) as AnyMetric[];
  const unknown = all.filter((m) => !categories.includes(m.category));
  if (unknown.length > 0) {
    throw new Error(
      `reference.ts: metric ${unknown[0]?.id} has category ${unknown[0]?.category}, which has no section here; add it to \`categories\`.`,
    );
  }
  return all;
}

/** Each catalogue metric: id | label (en) | table | fields it needs (essential) | outcome fields. */
export function metricInputReference(): string {
  const rows = catalogue().map((m) => {
    const { essential, outcome } = metricInputs(m);
    return [
      `[${code(m.id)}](RULES.md#${metricAnchor(m.id)})`,
      cell(m.label['en-US']),
      code(m.table),
      codes(essential),
      codes(outcome),
    ];
  });
  return table(['metric', 'label', 'table', 'needs (essential)', 'outcome fields'], rows);
}

/**
 * The README's short reference: each table's canonical fields (required first), and each metric's
 * needed and outcome fields, linking to docs/REFERENCE.md and docs/RULES.md for the details.
 */
export function readmeReference(): string {
  const tables = Object.values(recordTables).map((t) => {
    const fields = Object.entries(t.fields as Readonly<Record<string, FieldDef>>);
    const required = fields.filter(([, d]) => d.presence === 'required').map(([n]) => n);
    const optional = fields.filter(([, d]) => d.presence !== 'required').map(([n]) => n);
    return `- **${t.table}** ([details](docs/REFERENCE.md#table-${t.table})) — required: ${codes(required)}; optional: ${codes(optional)}.`;
  });
  const rows = catalogue().map((m) => {
    const { essential, outcome } = metricInputs(m);
    return [
      `[${code(m.id)}](docs/RULES.md#${metricAnchor(m.id)})`,
      code(m.table),
      codes(essential),
      codes(outcome),
    ];
  });
  return [
    tables.join('\n'),
    '',
    'A metric is `notRecorded` (no value, never a 0 % or 100 % built on absence) when no record carries one of the fields it needs, or none of its outcome fields; required and defaulted fields are always there and not listed. Say `recorded: [...]` when you really record "none" by leaving a field out.',
    '',
    table(['metric', 'table', 'needs', 'outcome fields'], rows),
  ].join('\n');
}

/** The whole of `docs/REFERENCE.md`. */
export function referenceDoc(): string {
  return `# Field and metric-input reference

${banner('`packages/core/src/data/tables.ts` and the metric catalogue')}

The canonical fields of each record table (hosts map their own column names onto these with
\`mapRecords\`, or declare them in \`evaluateRecords\`' mapping) and, for every metric of the
catalogue, the optional fields it reads. The rules behind the numbers are in [RULES.md](RULES.md).

## Record tables

*type* is how \`mapRecords\` converts a host's text for the field and which SQL column types hold
it; an \`instant\` is a \`Date\`, epoch milliseconds or ISO-8601 text with \`Z\` or an offset (host
text in another format is parsed by \`mapRecords\`' \`dateFormat\` and \`timeZone\`). A record that
breaks a *rule* is rejected with its table, row, field and reason; so is a ticket whose times are out
of order ([RULES.md#rule-7](RULES.md#rule-7)). Fields a table does not declare are kept in
\`attributes\`, for breakdowns (\`groupBy\`).

${fieldReference()}

## The fields each metric needs

An evaluation knows which canonical fields any record of each table carried
(\`evaluation.recorded\`). A metric is **not recorded** (\`value: null\`, \`reason: 'notRecorded'\`, the
missing fields in \`notRecorded\`) when any of its *essential* fields is carried by no record, or when
none of its *outcome* fields is: its figure would otherwise rest on absence alone (no \`followUpAt\`
anywhere is not "no ticket was followed up in time"). Required and defaulted fields are always there
and not listed. *Essential* fields are read by the population, the scope or a plain comparison;
*outcome* fields are everything the hit, value or numerator reads, including fallbacks (a response
outcome falls back on the resolution when \`firstResponseAt\` is absent). A host that really records
"none" by leaving a field out says so with the \`recorded\` option
(\`recorded: ['opportunities', 'followUpAt']\`). Due instants are not listed: the SLA policy supplies
a due when a ticket has none. \`qaScore.<item>\` for any other item needs \`qa\` like the three below.

${metricInputReference()}
`;
}

const arrow = { higher: '↑ higher', lower: '↓ lower' } as const;

/** The metric definitions section of RULES.md: one table per category, one anchor per metric. */
export function metricRules(): string {
  const all = catalogue();
  return categories
    .map((category) => {
      const rows = all
        .filter((m) => m.category === category)
        .map((m) => [
          `<a id="${metricAnchor(m.id)}"></a>${code(m.id)}`,
          cell(m.label['zh-CN']),
          cell(m.label['en-US']),
          `${cell(m.formula['en-US'])}<br>${cell(m.formula['zh-CN'])}`,
          code(m.unit),
          arrow[m.direction],
          code(m.timestamp),
          String(m.minSample),
          (m.seeds ?? []).map((s) => `[${s}](#${seedAnchor(s)})`).join(', ') || '—',
        ]);
      return [
        `### ${categoryTitle[category]}`,
        '',
        table(
          [
            'id',
            '中文',
            'English',
            'formula',
            'unit',
            'direction',
            'period',
            'min sample',
            'seeds',
          ],
          rows,
        ),
      ].join('\n');
    })
    .join('\n\n');
}

/** The default scorecard (`afterSalesTemplate`): dimensions, indicators, sources, weights, rules. */
export function scorecardRules(): string {
  const rows = afterSalesTemplate.dimensions.flatMap((d) =>
    d.indicators.map((ind, i) => {
      const metricId = 'metric' in ind.source ? ind.source.metric : null;
      const unit = metricId === null ? 'score' : (metrics[metricId]?.unit ?? 'number');
      return [
        i === 0 ? `${cell(d.label['zh-CN'])} ${cell(d.label['en-US'])} (${d.weight})` : '',
        `${cell(ind.label['zh-CN'])} ${code(ind.id)}`,
        metricId === null ? 'manual' : `[${code(metricId)}](#${metricAnchor(metricId)})`,
        String(ind.weight),
        cell(ruleText(ind.rule, unit, 'en-US')),
        cell(ind.suggestions?.[0]?.['zh-CN'] ?? '—'),
      ];
    }),
  );
  const scale = defaultGradeScale.map((g) => [
    code(g.id),
    cell(g.label['zh-CN']),
    cell(g.label['en-US']),
    `≥ ${g.min}`,
  ]);
  return [
    `Default template \`${afterSalesTemplate.id}\`: points out of ${afterSalesTemplate.maxPoints ?? 10}, missing indicators \`${afterSalesTemplate.missing ?? 'renormalise'}\`.`,
    '',
    table(
      [
        'dimension (weight)',
        'indicator (id)',
        'source',
        'weight',
        'rule → points',
        '改进建议 (first)',
      ],
      rows,
    ),
    '',
    'Default grade scale (`defaultGradeScale`), lower bound inclusive:',
    '',
    table(['grade', '中文', 'English', 'score'], scale),
  ].join('\n');
}

const biome = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));

/**
 * Markdown as `pnpm format` (Biome) leaves it — tables padded — so the committed docs are both
 * generated and formatted, and neither the generator nor `pnpm format` changes the other's work.
 */
export function formatMarkdown(text: string, path: string): string {
  return execFileSync(biome, ['format', `--stdin-file-path=${path}`], {
    input: text,
    encoding: 'utf8',
  });
}

/** `doc` with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced. */
export function replaceSection(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) {
    throw new Error(`The doc has no \`${start}\` … \`${end}\` section to generate into.`);
  }
  return `${doc.slice(0, i + start.length)}\n${banner('the code')}\n\n${content}\n\n${doc.slice(j)}`;
}

/** RULES.md with its generated sections (metrics, scorecard) brought up to date. */
export function rulesDoc(current: string): string {
  const withMetrics = replaceSection(current, 'metrics', metricRules());
  return replaceSection(withMetrics, 'scorecard', scorecardRules());
}
