// A throwaway PostgreSQL 15 cluster for the SQL tests: its own temp folder, a free port on
// 127.0.0.1, trust auth, fsync off. It never touches a cluster that Debian's package may have
// started on 5432.
//
// Binaries: $SERVICESCORE_PG_BIN, else /usr/lib/postgresql/15/bin (Debian's `postgresql-15`, which
// .ci/run installs when absent). As root (CI), initdb / pg_ctl run as the `postgres` OS user
// through `runuser` (PostgreSQL refuses to run as root) and the folder is chowned to it; as any
// other user they run directly.
//
// Cluster settings worth knowing when comparing results with other engines:
// - `--no-locale -E UTF8`: text sorts and compares bytewise (collation "C"), like DuckDB's default
//   and a plain JS `<` on ASCII; no ICU/glibc locale surprises.
// - `TimeZone=UTC` for every session (a test can still `SET TIME ZONE '…'`).
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  freePort,
  isExecutable,
  isRoot,
  onProcessExit,
  pollUntil,
  retryOnPortClash,
  run,
  runuserPath,
  tail,
} from './util';

export interface PostgresInfo {
  host: '127.0.0.1';
  port: number;
  user: 'postgres';
  database: 'postgres';
  /** `postgresql://postgres@127.0.0.1:PORT/postgres`, for `new pg.Client({ connectionString })`. */
  connectionString: string;
}

export interface PostgresServer extends PostgresInfo {
  /** `pg_ctl stop -m fast`, then removes the temp folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The folder holding initdb / pg_ctl: $SERVICESCORE_PG_BIN or Debian's PostgreSQL 15. */
export function postgresBinDir(): string {
  return process.env.SERVICESCORE_PG_BIN || '/usr/lib/postgresql/15/bin';
}

export function startPostgres(): Promise<PostgresServer> {
  return retryOnPortClash(startOnce);
}

async function startOnce(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  for (const tool of ['initdb', 'pg_ctl'])
    if (!isExecutable(join(bin, tool)))
      throw new Error(
        `PostgreSQL: ${join(bin, tool)} is missing. Install Debian's postgresql-15 ` +
          '(`apt-get install -y postgresql-15`, as .ci/run does) or point SERVICESCORE_PG_BIN ' +
          "at a folder with PostgreSQL's initdb and pg_ctl.",
      );

  const dir = await mkdtemp(join(tmpdir(), 'servicescore-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  // Every tool runs with the temp folder as its cwd: the `postgres` user may not be allowed into
  // ours (e.g. /root/…), and initdb complains about that.
  const as = (tool: string, args: string[], timeoutMs?: number) =>
    isRoot
      ? run(runuserPath(), ['-u', 'postgres', '--', join(bin, tool), ...args], {
          cwd: dir,
          timeoutMs,
        })
      : run(join(bin, tool), args, { cwd: dir, timeoutMs });

  let started = false;
  let unregisterExit = () => {};
  const stop = async () => {
    unregisterExit();
    if (started) {
      started = false;
      try {
        await as('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30'], 60_000);
      } catch {
        await as('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30'], 60_000).catch(
          () => {},
        );
      }
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    if (isRoot) await run('chown', ['postgres:', dir]);
    const port = await freePort();
    await as('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const serverOptions = [
      `-p ${port}`,
      `-k '${dir}'`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c TimeZone=UTC',
    ].join(' ');
    started = true;
    // `-w -t 60`: pg_ctl itself polls (bounded) until the server accepts connections, and exits
    // non-zero at once if the postmaster dies (e.g. the port was taken).
    await as(
      'pg_ctl',
      ['start', '-D', data, '-o', serverOptions, '-l', log, '-w', '-t', '60'],
      90_000,
    );
    unregisterExit = onProcessExit(() => killPostmasterSync(data));

    const info: PostgresInfo = {
      host: '127.0.0.1',
      port,
      user: 'postgres',
      database: 'postgres',
      connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    };
    // Our own check over TCP, as the tests will connect: bounded, 100 ms apart.
    const ready = await pollUntil(
      async () => {
        const client = new pg.Client({
          connectionString: info.connectionString,
          connectionTimeoutMillis: 2_000,
        });
        try {
          await client.connect();
          const result = await client.query<{ one: number }>('select 1 as one');
          return result.rows[0]?.one === 1;
        } finally {
          await client.end().catch(() => {});
        }
      },
      { attempts: 100, intervalMs: 100 },
    );
    if (!ready.ok)
      throw new Error(`it does not answer on ${info.connectionString}: ${ready.reason}`);
    return { ...info, stop };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const logTail = tail(log);
    await stop().catch(() => {});
    throw new Error(`PostgreSQL did not start: ${message}\n${logTail}`);
  }
}

/** Immediate shutdown (SIGQUIT to the postmaster) from a synchronous `exit` handler. */
function killPostmasterSync(data: string): void {
  // postmaster.pid's first line is the postmaster's pid.
  const pid = Number.parseInt(
    readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
    10,
  );
  if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGQUIT');
  rmSync(join(data, '..'), { recursive: true, force: true });
}
