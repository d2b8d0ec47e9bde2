import type { Band, ScoringRule } from './bands';
import type { Indicator, ScorecardTemplate } from './template';

/** One problem found in a template. */
export interface TemplateIssue {
  /** Where, e.g. `dimensions[0].indicators[2].rule.bands[1]`. */
  readonly path: string;
  /** The indicator concerned, when there is one. */
  readonly indicatorId?: string | undefined;
  /** A sentence naming the indicator (or dimension), the value and the rule broken. */
  readonly message: string;
}

/** The result of `validateTemplate`. */
export interface TemplateValidation {
  readonly valid: boolean;
  readonly issues: readonly TemplateIssue[];
}

/** Thrown by `assertValidTemplate` (and `scoreScorecard`); `issues` lists every problem. */
export class TemplateError extends Error {
  readonly issues: readonly TemplateIssue[];
  constructor(templateId: string, issues: readonly TemplateIssue[]) {
    super(
      `Scorecard template ${JSON.stringify(templateId)} is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${issues
        .map((i) => `- ${i.path}: ${i.message}`)
        .join('\n')}`,
    );
    this.name = 'TemplateError';
    this.issues = issues;
  }
}

/** Tolerance on weight sums ("Weights must add to 100 (± 0.001)" [RULES.md#scorecards]). */
const WEIGHT_TOLERANCE = 0.001;

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkBands(
  bands: readonly Band[],
  maxPoints: number,
  path: string,
  name: string,
  add: (path: string, message: string) => void,
): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    add(path, `${name} has no bands: give at least a catch-all band (no min, no max).`);
    return;
  }
  let kind: 'min' | 'max' | null = null;
  bands.forEach((band, i) => {
    const at = `${path}[${i}]`;
    const last = i === bands.length - 1;
    const hasMin = band.min !== undefined;
    const hasMax = band.max !== undefined;
    if (!isFiniteNumber(band.points) || band.points < 0 || band.points > maxPoints) {
      add(
        at,
        `${name}, band ${i + 1}: points ${String(band.points)} must be a finite number from 0 to ${maxPoints}.`,
      );
    }
    if (hasMin && !isFiniteNumber(band.min))
      add(at, `${name}, band ${i + 1}: min ${String(band.min)} must be a finite number.`);
    if (hasMax && !isFiniteNumber(band.max))
      add(at, `${name}, band ${i + 1}: max ${String(band.max)} must be a finite number.`);
    if (hasMin && hasMax) {
      add(
        at,
        `${name}, band ${i + 1} has both min and max: use min bands (higher is better) or max bands (lower is better), one bound each.`,
      );
      return;
    }
    if (!hasMin && !hasMax) {
      if (!last)
        add(
          at,
          `${name}, band ${i + 1} has no bound but is not the last band: only the last band may be the catch-all, or the bands after it are unreachable.`,
        );
      return;
    }
    if (last) {
      add(
        at,
        `${name}: the last band (band ${i + 1}) has a bound, so some values earn no points: end with a catch-all band (no min, no max).`,
      );
    }
    const thisKind = hasMin ? 'min' : 'max';
    if (kind === null) kind = thisKind;
    else if (kind !== thisKind) {
      add(
        at,
        `${name}, band ${i + 1} uses ${thisKind} while earlier bands use ${kind}: all bounds of one rule must be of one kind.`,
      );
      return;
    }
    if (i === 0) return;
    const prev = bands[i - 1]!;
    const bound = (thisKind === 'min' ? band.min : band.max) as number;
    const prevBound = thisKind === 'min' ? prev.min : prev.max;
    if (!isFiniteNumber(bound) || !isFiniteNumber(prevBound)) return;
    if (thisKind === 'min' && !(bound < prevBound)) {
      add(
        at,
        `${name}, band ${i + 1}: min ${bound} is not below the previous band's min ${prevBound}: min bands must be in strictly descending order (overlapping or unordered bands).`,
      );
    }
    if (thisKind === 'max' && !(bound > prevBound)) {
      add(
        at,
        `${name}, band ${i + 1}: max ${bound} is not above the previous band's max ${prevBound}: max bands must be in strictly ascending order (overlapping or unordered bands).`,
      );
    }
  });
}

function checkRule(
  rule: ScoringRule,
  maxPoints: number,
  path: string,
  name: string,
  add: (path: string, message: string) => void,
): void {
  if (!rule || typeof rule !== 'object') {
    add(
      path,
      `${name} has no scoring rule: give { type: 'bands', bands } or { type: 'linear', from, to }.`,
    );
    return;
  }
  if (rule.type === 'bands') {
    checkBands(rule.bands, maxPoints, `${path}.bands`, name, add);
    return;
  }
  if (rule.type === 'linear') {
    for (const end of ['from', 'to'] as const) {
      const point = rule[end];
      if (!point || !isFiniteNumber(point.value))
        add(
          `${path}.${end}`,
          `${name}: linear ${end}.value ${String(point?.value)} must be a finite number.`,
        );
      if (!point || !isFiniteNumber(point.points) || point.points < 0 || point.points > maxPoints) {
        add(
          `${path}.${end}`,
          `${name}: linear ${end}.points ${String(point?.points)} must be a finite number from 0 to ${maxPoints}.`,
        );
      }
    }
    if (rule.from?.value === rule.to?.value) {
      add(
        path,
        `${name}: linear from.value and to.value are both ${String(rule.from?.value)}: they must differ.`,
      );
    }
    return;
  }
  add(
    path,
    `${name} has rule type ${JSON.stringify((rule as { type?: unknown }).type)}: it must be 'bands' or 'linear'.`,
  );
}

function checkIndicator(
  indicator: Indicator,
  path: string,
  templateMax: number,
  add: (path: string, message: string, id?: string) => void,
): void {
  const id = indicator.id;
  const name = `Indicator ${JSON.stringify(id)}`;
  const addHere = (p: string, m: string) => add(p, m, id);
  if (!isFiniteNumber(indicator.weight) || indicator.weight < 0) {
    addHere(
      `${path}.weight`,
      `${name}: weight ${String(indicator.weight)} must be a finite number ≥ 0.`,
    );
  }
  let maxPoints = templateMax;
  if (indicator.maxPoints !== undefined) {
    if (!isFiniteNumber(indicator.maxPoints) || indicator.maxPoints <= 0) {
      addHere(
        `${path}.maxPoints`,
        `${name}: maxPoints ${String(indicator.maxPoints)} must be a finite number above 0.`,
      );
    } else maxPoints = indicator.maxPoints;
  }
  const source = indicator.source as { metric?: unknown; manual?: unknown } | undefined;
  const okSource =
    source &&
    ((typeof source.metric === 'string' && source.metric !== '') || source.manual === true);
  if (!okSource)
    addHere(
      `${path}.source`,
      `${name}: source must be { metric: '<metric id>' } or { manual: true }.`,
    );
  checkRule(indicator.rule, maxPoints, `${path}.rule`, name, addHere);
}

/**
 * Checks a scorecard template against the rules [RULES.md#scorecards] and returns every problem
 * found (it never throws):
 * - template `maxPoints` finite and above 0; `missing` is 'renormalise' or 'zero';
 * - dimension and indicator ids present and unique (indicator ids across the whole template);
 * - no empty dimension; indicator weights finite and ≥ 0; all weights add to 100 ± 0.001, and each
 *   dimension's weight equals the sum of its indicators' weights ± 0.001;
 * - bands: the catch-all last and only last; all bounds of one kind (`min` strictly descending or
 *   `max` strictly ascending, one bound per band), so bands neither overlap, leave gaps nor come out
 *   of order; points from 0 to the indicator's maxPoints; every number finite;
 * - linear: finite end points, points from 0 to maxPoints, `from.value ≠ to.value`.
 * Every message names the indicator (or the dimension for dimension-level problems).
 *
 * @example
 * validateTemplate(afterSalesTemplate); // { valid: true, issues: [] }
 * const { issues } = validateTemplate({ ...afterSalesTemplate, maxPoints: 0 });
 * // issues[0].path === 'maxPoints'
 */
export function validateTemplate(template: ScorecardTemplate): TemplateValidation {
  const issues: TemplateIssue[] = [];
  const add = (path: string, message: string, indicatorId?: string) =>
    issues.push(indicatorId === undefined ? { path, message } : { path, indicatorId, message });
  let templateMax = 10;
  if (template.maxPoints !== undefined) {
    if (!isFiniteNumber(template.maxPoints) || template.maxPoints <= 0) {
      add(
        'maxPoints',
        `Template maxPoints ${String(template.maxPoints)} must be a finite number above 0.`,
      );
    } else templateMax = template.maxPoints;
  }
  if (
    template.missing !== undefined &&
    template.missing !== 'renormalise' &&
    template.missing !== 'zero'
  ) {
    add(
      'missing',
      `Template missing policy ${JSON.stringify(template.missing)} must be 'renormalise' or 'zero'.`,
    );
  }
  if (!Array.isArray(template.dimensions) || template.dimensions.length === 0) {
    add(
      'dimensions',
      'The template has no dimensions: give at least one dimension with one indicator.',
    );
    return { valid: false, issues };
  }
  const dimensionIds = new Set<string>();
  const indicatorIds = new Set<string>();
  let totalWeight = 0;
  let weightsFinite = true;
  template.dimensions.forEach((dimension, d) => {
    const dPath = `dimensions[${d}]`;
    const dName = `Dimension ${JSON.stringify(dimension.id)}`;
    if (typeof dimension.id !== 'string' || dimension.id === '')
      add(`${dPath}.id`, `Dimension ${d + 1} needs a non-empty string id.`);
    else if (dimensionIds.has(dimension.id))
      add(`${dPath}.id`, `${dName} is defined twice: dimension ids must be unique.`);
    dimensionIds.add(dimension.id);
    if (!isFiniteNumber(dimension.weight) || dimension.weight < 0) {
      add(
        `${dPath}.weight`,
        `${dName}: weight ${String(dimension.weight)} must be a finite number ≥ 0.`,
      );
    }
    if (!Array.isArray(dimension.indicators) || dimension.indicators.length === 0) {
      add(
        `${dPath}.indicators`,
        `${dName} has no indicators: remove it or give it at least one indicator.`,
      );
      return;
    }
    let sum = 0;
    dimension.indicators.forEach((indicator: Indicator, i: number) => {
      const iPath = `${dPath}.indicators[${i}]`;
      if (typeof indicator.id !== 'string' || indicator.id === '') {
        add(`${iPath}.id`, `Indicator ${i + 1} of ${dName} needs a non-empty string id.`);
      } else if (indicatorIds.has(indicator.id)) {
        add(
          `${iPath}.id`,
          `Indicator ${JSON.stringify(indicator.id)} is defined twice: indicator ids must be unique across the template.`,
          indicator.id,
        );
      }
      indicatorIds.add(indicator.id);
      checkIndicator(indicator, iPath, templateMax, add);
      if (isFiniteNumber(indicator.weight)) sum += indicator.weight;
      else weightsFinite = false;
    });
    if (
      isFiniteNumber(dimension.weight) &&
      weightsFinite &&
      Math.abs(sum - dimension.weight) > WEIGHT_TOLERANCE
    ) {
      add(
        `${dPath}.weight`,
        `${dName} has weight ${dimension.weight} but its indicators' weights add to ${sum}: they must be equal (± ${WEIGHT_TOLERANCE}).`,
      );
    }
    totalWeight += sum;
  });
  if (weightsFinite && Math.abs(totalWeight - 100) > WEIGHT_TOLERANCE) {
    add(
      'dimensions',
      `The indicator weights add to ${totalWeight} (${template.dimensions
        .flatMap((d) => (Array.isArray(d.indicators) ? d.indicators : []))
        .map((i) => `${i.id} ${i.weight}`)
        .join(', ')}): they must add to 100 (± ${WEIGHT_TOLERANCE}).`,
    );
  }
  return { valid: issues.length === 0, issues };
}

/**
 * Throws a `TemplateError` listing every issue when the template is invalid.
 * @throws TemplateError
 *
 * @example
 * assertValidTemplate(afterSalesTemplate); // returns: the shipped template is valid
 * assertValidTemplate({ ...afterSalesTemplate, maxPoints: 0 }); // throws TemplateError
 */
export function assertValidTemplate(template: ScorecardTemplate): void {
  // Validated once per template object: scoring 10,000 agents must not re-validate 10,000 times.
  // Templates are treated as immutable values (afterSalesTemplate is frozen); copy one to change it.
  if (typeof template === 'object' && template !== null && validTemplates.has(template)) return;
  const { valid, issues } = validateTemplate(template);
  if (!valid) throw new TemplateError(String(template.id), issues);
  validTemplates.add(template);
}

const validTemplates = new WeakSet<ScorecardTemplate>();
