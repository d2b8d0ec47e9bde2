import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreSrc = join(import.meta.dirname, '../../packages/core/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Source without comments, so TSDoc may mention `window` or `Date.now()`. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = sourceFiles(coreSrc);

describe('@servicescore/core is headless and pure', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(coreSrc, f), f]))(
    '%s imports no React and no DOM',
    (_name, file) => {
      const text = code(file);
      expect(text).not.toMatch(/from\s+['"]react(-dom)?(\/[^'"]*)?['"]/);
      expect(text).not.toMatch(/\b(window|document|navigator|localStorage|sessionStorage)\s*[.[]/);
      expect(text).not.toMatch(/\bMath\.random\s*\(/);
    },
  );

  it('reads the clock only where `asOf` defaults to now', () => {
    const readers = files
      .filter((f) => /\bDate\.now\s*\(|new Date\(\s*\)/.test(code(f)))
      .map((f) => relative(coreSrc, f));
    expect(readers).toEqual(['evaluate/options.ts']);
  });
});
