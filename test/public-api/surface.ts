// Reads the public surface of the package entries with the TypeScript compiler (the tsgo API that
// ships with TypeScript 7): which names each entry exports, which of them are types only, and, for
// every exported function, where it is declared and whether its TSDoc has an `@example`. Used by
// test/core/public-api.test.ts and test/react/public-api.test.tsx.
import { join, relative } from 'node:path';
import {
  API,
  type Checker,
  SignatureKind,
  type Symbol as TsSymbol,
  SymbolFlags,
} from 'typescript/unstable/sync';

export const repoRoot = join(import.meta.dirname, '../..');

/** An exported function (a `function` declaration or a `const` that is callable). */
export interface ExportedFunction {
  /** The exported name; a namespace member reads `expr.ratio`. */
  name: string;
  /** `file:line` of its declaration, the file relative to the repository root. */
  at: string;
  hasExample: boolean;
}

export interface EntrySurface {
  /** Names with a runtime value (functions, constants, classes, namespaces), sorted. */
  values: string[];
  /** Names that are types only (interfaces, type aliases), sorted. */
  types: string[];
  /** Every exported function, namespace members included, sorted by name. */
  functions: ExportedFunction[];
}

const resolveAlias = (checker: Checker, s: TsSymbol): TsSymbol =>
  s.flags & SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;

function isFunction(checker: Checker, s: TsSymbol): boolean {
  if (s.flags & SymbolFlags.Function) return true;
  if (!(s.flags & SymbolFlags.Variable)) return false;
  const type = checker.getTypeOfSymbol(s);
  return type !== undefined && checker.getSignaturesOfType(type, SignatureKind.Call).length > 0;
}

function where(s: TsSymbol): string {
  const handle = s.valueDeclaration ?? s.declarations[0];
  const node = handle?.resolve();
  if (node === undefined) return '?';
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${relative(repoRoot, file.fileName)}:${line + 1}`;
}

function describeFunction(checker: Checker, name: string, s: TsSymbol): ExportedFunction {
  const hasExample = s.getJsDocTags(checker).some((tag) => tag.name === 'example');
  return { name, at: where(s), hasExample };
}

/**
 * The surface of each entry, keyed like `entries`. Paths are relative to the repository root, and
 * the tsconfig of the entry's package is the project it is read in.
 *
 * @example
 * const { core } = readSurfaces({ core: 'packages/core/src/index.ts' });
 * core.values.includes('evaluate'); // true
 */
export function readSurfaces<K extends string>(
  entries: Record<K, string>,
): Record<K, EntrySurface> {
  const api = new API({ cwd: repoRoot });
  try {
    const packages = [
      ...new Set(Object.values<string>(entries).map((e) => e.split('/').slice(0, 2).join('/'))),
    ];
    const snapshot = api.updateSnapshot({
      openProjects: packages.map((p) => join(repoRoot, p, 'tsconfig.json')),
    });
    const out = {} as Record<K, EntrySurface>;
    for (const key of Object.keys(entries) as K[]) {
      const file = join(repoRoot, entries[key]);
      const project = snapshot.getDefaultProjectForFile(file);
      const source = project?.program.getSourceFile(file);
      if (project === undefined || source === undefined) {
        throw new Error(`public-api: ${entries[key]} is in no TypeScript project`);
      }
      const { checker } = project;
      const moduleSymbol = checker.getSymbolAtLocation(source);
      if (moduleSymbol === undefined) throw new Error(`public-api: ${entries[key]} is no module`);
      const values: string[] = [];
      const types: string[] = [];
      const functions: ExportedFunction[] = [];
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const target = resolveAlias(checker, exported);
        if (!(target.flags & SymbolFlags.Value)) {
          types.push(exported.name);
          continue;
        }
        values.push(exported.name);
        if (isFunction(checker, target)) {
          functions.push(describeFunction(checker, exported.name, target));
        } else if (target.flags & SymbolFlags.ValueModule) {
          for (const member of checker.getExportsOfModule(target)) {
            const m = resolveAlias(checker, member);
            if (isFunction(checker, m)) {
              functions.push(describeFunction(checker, `${exported.name}.${member.name}`, m));
            }
          }
        }
      }
      const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      out[key] = {
        values: values.sort(byName),
        types: types.sort(byName),
        functions: functions.sort((a, b) => byName(a.name, b.name)),
      };
    }
    return out;
  } finally {
    api.close();
  }
}

/**
 * What `actual` adds to and removes from `expected`, so a failing pin names the difference.
 *
 * @example
 * nameDiff(['a', 'c'], ['a', 'b']); // { added: ['c'], removed: ['b'] }
 */
export function nameDiff(
  actual: readonly string[],
  expected: readonly string[],
): { added: string[]; removed: string[] } {
  const want = new Set(expected);
  const have = new Set(actual);
  return {
    added: actual.filter((n) => !want.has(n)),
    removed: expected.filter((n) => !have.has(n)),
  };
}

/**
 * The functions without an `@example`, as `name (file:line)`, minus the pinned known-missing names;
 * and the pinned names that now have one (or are gone), which must leave the list.
 *
 * @example
 * examplesCheck(surface.functions, ['quantileSorted']);
 * // { missing: ['isOpen (packages/core/src/data/types.ts:12)'], nowDocumented: [] }
 */
export function examplesCheck(
  functions: readonly ExportedFunction[],
  knownMissing: readonly string[],
): { missing: string[]; nowDocumented: string[] } {
  const known = new Set(knownMissing);
  const undocumented = new Set(functions.filter((f) => !f.hasExample).map((f) => f.name));
  return {
    missing: functions
      .filter((f) => !f.hasExample && !known.has(f.name))
      .map((f) => `${f.name} (${f.at})`),
    nowDocumented: knownMissing.filter((n) => !undocumented.has(n)),
  };
}
