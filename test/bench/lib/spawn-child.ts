import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchOut } from './paths';
import { readTrace, type TracedChild } from './trace-gc';

/** Heap limit of the children, MiB: a million ISO records plus a dataframe copy fit with room. */
export const childHeapMiB = 8192;

/**
 * Runs a bundled child (`core-child.js`, `other-child.js`) in a fresh Node process with
 * `--expose-gc --trace-gc` and parses its output. Rejects with the child's stderr when it fails.
 */
export function runChild(bundle: string, args: string[]): Promise<TracedChild> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--trace-gc',
        `--max-old-space-size=${childHeapMiB}`,
        join(benchOut, bundle),
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const traced = readTrace(stdout);
      if (code !== 0 || traced.result === undefined) {
        // V8's out-of-memory report is a page of GC lines and a native stack: its verdict
        // line says it all.
        const output = stderr.trim() || traced.other.join('\n');
        const fatal = /^FATAL ERROR: .*$/m.exec(output)?.[0];
        fail(
          new Error(
            `${bundle} ${args.join(' ')} exited with ${code ?? signal}:\n${fatal ?? output}`,
          ),
        );
      } else ok(traced);
    });
  });
}
