// Small process / port / polling helpers shared by the engine starters in this folder.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { delimiter, join } from 'node:path';

/** True when this process runs as root (the CI machine does). */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * `n` distinct free TCP ports on 127.0.0.1: binds `n` servers to port 0 at once (so the kernel
 * cannot hand out the same port twice), reads their ports, then closes them all. Another process
 * can still take a port before our server binds it; the starters retry once they see
 * "address already in use" (see `retryOnPortClash`).
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < n; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => ok());
      });
      const address = server.address();
      if (address === null || typeof address === 'string')
        throw new Error('freePorts: the server has no TCP address');
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok()))));
  }
}

export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Polls `probe` until it returns true, at most `attempts` times with `intervalMs` between tries.
 * `probe` may throw (e.g. connection refused): that counts as "not yet". `abort` is checked before
 * each try and ends the wait at once with its message (e.g. "the server process exited").
 * Returns the last probe error on time-out, so the caller can put it into its message.
 */
export async function pollUntil(
  probe: () => Promise<boolean>,
  {
    attempts,
    intervalMs,
    abort,
  }: { attempts: number; intervalMs: number; abort?: () => string | undefined },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let last = 'never answered';
  for (let i = 0; i < attempts; i++) {
    const aborted = abort?.();
    if (aborted !== undefined) return { ok: false, reason: aborted };
    try {
      if (await probe()) return { ok: true };
      last = 'answered, but not as expected';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(intervalMs);
  }
  return {
    ok: false,
    reason: `no answer after ${attempts} tries ${intervalMs} ms apart (last: ${last})`,
  };
}

/** The last `lines` lines of a text file, or a note that it does not exist. */
export function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return `(${file} does not exist)`;
  const text = readFileSync(file, 'utf8').trimEnd();
  const all = text.split('\n');
  return `── ${file} (last ${Math.min(lines, all.length)} of ${all.length} lines) ──\n${all.slice(-lines).join('\n')}`;
}

/** Runs a command to completion; rejects with its exit code and output on failure. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      killSignal: 'SIGKILL',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === 0
        ? ok(output)
        : fail(
            new Error(
              `\`${command} ${args.join(' ')}\` ${signal ? `was killed by ${signal}` : `exited with ${code}`}:\n${output.trimEnd()}`,
            ),
          ),
    );
  });
}

/** `runuser`'s path (util-linux): root's PATH has /usr/sbin, a login-less environment may not. */
export function runuserPath(): string {
  for (const candidate of ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'])
    if (isExecutable(candidate)) return candidate;
  return 'runuser';
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` on PATH, then in `fallbackDirs`; undefined when none is. */
export function findOnPath(name: string, fallbackDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...fallbackDirs];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

const portClash = /address already in use|could not bind|EADDRINUSE/i;

/**
 * Runs `start` up to `tries` times while it fails because a port we picked was taken in between
 * (`freePorts` can only pick ports that were free a moment ago). Any other failure is thrown as is.
 */
export async function retryOnPortClash<T>(start: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await start();
    } catch (error) {
      if (i >= tries || !(error instanceof Error) || !portClash.test(error.message)) throw error;
      console.warn(`[sql] a picked port was taken meanwhile; retrying (${i}/${tries - 1})`);
    }
  }
}

/**
 * Best-effort cleanup if the Vitest process exits without running the global teardown (a crash, or
 * a failed setup elsewhere): `kill` must be synchronous. Returns the function that unregisters it.
 */
export function onProcessExit(kill: () => void): () => void {
  const handler = () => {
    try {
      kill();
    } catch {
      // exiting anyway
    }
  };
  process.once('exit', handler);
  return () => process.off('exit', handler);
}
