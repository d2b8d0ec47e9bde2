#!/usr/bin/env node
// Builds one workspace package into its `dist/` for publishing: run from the package directory
// (`node ../../scripts/build-package.mjs [--use-client]`, its `build` script).
//
// - Every entry of the package's `exports` (the workspace map, which points at `src/`) is built:
//   `.ts`/`.tsx` entries by esbuild (ESM, bundled per entry with shared chunks, every bare import
//   external, source maps), `.css` entries by esbuild's CSS bundler (`@import`s inlined).
// - Declarations come from `tsc -p tsconfig.build.json`; their relative specifiers are rewritten to
//   explicit `.js` paths so `moduleResolution: node16`/`nodenext` consumers resolve them.
// - Worker scripts referenced as `new URL('./x.ts', import.meta.url)` (how Vite and webpack 5 find
//   a module worker) become entries of their own, and the reference points at the built `./x.js`;
//   every such URL of the output is checked to exist next to the file that holds it.
// - `--use-client` puts a `'use client'` directive at the top of every JS file (React widgets).
// - Checks the result: `publishConfig.exports` (what `pnpm pack` publishes) maps every entry to the
//   built files (and `publishConfig.typesVersions` every subpath, for `moduleResolution: node`), every such file exists, and every bare import of the output is a dependency or
//   peer dependency. A missing entry fails the build with the JSON to add.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = process.cwd();
const useClient = process.argv.includes('--use-client');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const fail = (message) => {
  console.error(`build-package (${pkg.name}): ${message}`);
  process.exit(1);
};

if (typeof pkg.exports !== 'object' || pkg.exports === null)
  fail('package.json has no `exports` map');

/** `./src/demo/index.ts` → `demo/index` (the output path under dist, without extension). */
const outName = (source) => source.replace(/^\.\/src\//, '').replace(/\.(tsx?|css)$/, '');

const js = []; // { key, source, name }
const css = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'string' || !target.startsWith('./src/')) {
    fail(
      `exports["${key}"] must be a path under ./src (the workspace map), got ${JSON.stringify(target)}`,
    );
  }
  if (!existsSync(join(pkgDir, target)))
    fail(`exports["${key}"] points at ${target}, which does not exist`);
  if (/\.tsx?$/.test(target)) js.push({ key, source: target, name: outName(target) });
  else if (target.endsWith('.css')) css.push({ key, source: target, name: outName(target) });
  else fail(`exports["${key}"]: cannot build ${target} (expected .ts, .tsx or .css)`);
}

/** The published exports map the build produces (what publishConfig.exports must say). */
const expected = {};
for (const [key] of Object.entries(pkg.exports)) {
  const e = js.find((x) => x.key === key);
  if (e) {
    expected[key] = {
      types: `./dist/${e.name}.d.ts`,
      import: `./dist/${e.name}.js`,
      default: `./dist/${e.name}.js`,
    };
  } else {
    expected[key] = `./dist/${css.find((x) => x.key === key).name}.css`;
  }
}
const published = pkg.publishConfig?.exports ?? {};
const missing = Object.keys(expected).filter(
  (key) => JSON.stringify(published[key]) !== JSON.stringify(expected[key]),
);
if (missing.length > 0) {
  const wanted = Object.fromEntries(missing.map((key) => [key, expected[key]]));
  fail(
    `publishConfig.exports does not publish ${missing.map((k) => `"${k}"`).join(', ')} as built. ` +
      `Set these entries in package.json → publishConfig.exports:\n${JSON.stringify(wanted, null, 2)}`,
  );
}
// TypeScript's legacy `moduleResolution: node` ignores `exports`: subpath entries need
// `typesVersions` (published too), or `import … from '@scope/pkg/sub'` has no types there.
const legacy = pkg.publishConfig?.typesVersions?.['*'] ?? {};
const missingLegacy = js
  .filter((e) => e.key !== '.')
  .filter(
    (e) => JSON.stringify(legacy[e.key.slice(2)]) !== JSON.stringify([expected[e.key].types]),
  );
if (missingLegacy.length > 0) {
  const wanted = Object.fromEntries(
    missingLegacy.map((e) => [e.key.slice(2), [expected[e.key].types]]),
  );
  fail(
    `publishConfig.typesVersions["*"] does not map ${missingLegacy.map((e) => `"${e.key}"`).join(', ')}. ` +
      `Set these entries in package.json → publishConfig.typesVersions["*"]:\n${JSON.stringify(wanted, null, 2)}`,
  );
}

const dist = join(pkgDir, 'dist');
rmSync(dist, { recursive: true, force: true });

// ── Declarations ──────────────────────────────────────────────────────────────────────────────
// Project references (react → core) are read from their declaration output: build them first.
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json', { paths: [root] })), 'bin/tsc');
const tsconfig = JSON.parse(readFileSync(join(pkgDir, 'tsconfig.json'), 'utf8'));
/** Runs tsc with `args`, its diagnostics on our stderr; a failure names the command. */
function runTsc(args) {
  try {
    execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' });
  } catch {
    fail(`\`tsc ${args.join(' ')}\` reported the errors above`);
  }
}
for (const ref of tsconfig.references ?? []) runTsc(['-b', join(pkgDir, ref.path)]);
runTsc(['-p', join(pkgDir, 'tsconfig.build.json')]);

/** Every file under `dir`, recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/**
 * `./x` → `./x.js` or `./x/index.js`, whichever declaration exists next to `file`. Left as it is
 * (with a warning) when neither does: it may sit in a TSDoc example; a real import that cannot
 * resolve is what attw reports (`pnpm test:consumer`).
 */
function withExtension(file, specifier) {
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  console.warn(`build-package: ${relative(pkgDir, file)}: no declaration for '${specifier}'`);
  return specifier;
}

const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*|\.\.?)\2/g;
let declarations = 0;
for (const file of walk(dist).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(
    relativeSpecifier,
    (_, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec)}${quote}`,
  );
  if (fixed !== text) writeFileSync(file, fixed);
  declarations += 1;
}

// ── JavaScript ────────────────────────────────────────────────────────────────────────────────
const allowed = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
/** `react/jsx-runtime` → `react`, `@scope/name/sub` → `@scope/name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** `new URL('./x.ts', import.meta.url)`: a worker script (or other module) loaded by URL. */
const urlReference = /new URL\(\s*(['"])(\.\.?\/[^'"]+?)\.tsx?\1\s*,\s*import\.meta\.url\s*\)/g;
const src = join(pkgDir, 'src');
const urlEntries = new Map(); // output name → ./src/… source
for (const file of walk(src).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(urlReference)) {
    // A reference in a comment (a TSDoc @example showing a host's own worker) is no module.
    const line = text.slice(text.lastIndexOf('\n', match.index) + 1, match.index).trimStart();
    if (line.startsWith('*') || line.startsWith('//') || line.startsWith('/*')) continue;
    const target = resolve(dirname(file), match[2]);
    const source = ['.ts', '.tsx'].map((ext) => target + ext).find((f) => existsSync(f));
    if (source === undefined) fail(`${relative(pkgDir, file)}: ${match[0]} names no file`);
    urlEntries.set(outName(`./${relative(pkgDir, source)}`), `./${relative(pkgDir, source)}`);
  }
}
/** Loads TypeScript with every `new URL('./x.ts', import.meta.url)` pointing at `./x.js`. */
const urlToJs = {
  name: 'url-references-to-js',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return {
        contents: text.replace(
          urlReference,
          (_, quote, path) => `new URL(${quote}${path}.js${quote}, import.meta.url)`,
        ),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

if (js.length > 0) {
  const result = await build({
    absWorkingDir: pkgDir,
    entryPoints: {
      ...Object.fromEntries(urlEntries),
      ...Object.fromEntries(js.map((e) => [e.name, e.source])),
    },
    plugins: [urlToJs],
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    banner: useClient ? { js: "'use client';" } : {},
    metafile: true,
    logLevel: 'warning',
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.js')) {
      const text = readFileSync(join(pkgDir, file), 'utf8');
      for (const m of text.matchAll(
        /new URL\(\s*(['"])(\.\.?\/[^'"]+)\1\s*,\s*import\.meta\.url/g,
      )) {
        if (!existsSync(resolve(pkgDir, dirname(file), m[2]))) {
          fail(
            `${file} loads '${m[2]}' by URL, which is not next to it in dist (a shared chunk moved the ` +
              'code that names it?): keep the module that names a worker imported by one entry only',
          );
        }
      }
    }
    for (const imp of output.imports) {
      if (imp.external && !allowed.has(packageOf(imp.path))) {
        fail(`${file} imports '${imp.path}', which is neither a dependency nor a peer dependency`);
      }
    }
  }
}

// ── CSS ───────────────────────────────────────────────────────────────────────────────────────
if (css.length > 0) {
  await build({
    absWorkingDir: pkgDir,
    entryPoints: Object.fromEntries(css.map((e) => [e.name, e.source])),
    outdir: 'dist',
    bundle: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}

for (const [key, target] of Object.entries(expected)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) {
    if (!existsSync(join(pkgDir, file)))
      fail(`exports["${key}"]: the build did not produce ${file}`);
  }
}

const bytes = walk(dist).reduce((sum, f) => sum + statSync(f).size, 0);
console.log(
  `${pkg.name}: ${js.length} JS and ${css.length} CSS entries, ${declarations} declaration files → dist/ (${(bytes / 1024).toFixed(0)} KiB)`,
);
