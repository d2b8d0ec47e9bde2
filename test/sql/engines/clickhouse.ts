// A throwaway 2-shard ClickHouse cluster for the SQL tests: two `clickhouse-server` processes on
// 127.0.0.1, each with its own temp folder, ports and a complete small config.xml written here
// (nothing is read from /etc/clickhouse-server). The config declares the cluster `servicescore`:
// shard 1 = server 0, shard 2 = server 1, one replica each, addressed by their TCP ports.
//
// Binary: $SERVICESCORE_CLICKHOUSE_SERVER, else `clickhouse-server` on PATH or in /usr/sbin
// (Debian's `clickhouse-server`, 18.16.1 on bookworm, which .ci/run installs when absent).
// Debian's 18.16 runs as root without complaint (checked), so the servers run as whoever runs
// Vitest; no `runuser -u clickhouse` is needed. (Only 18.16 was checked; the folders always belong
// to the user running Vitest.)
//
// ── Distributed tables (checked on 18.16.1) ──────────────────────────────────────────────────────
// There is no ZooKeeper, so no `ON CLUSTER` DDL: run each statement on every shard yourself.
//   on each shard:  CREATE TABLE t_local (id UInt32, …) ENGINE = MergeTree() ORDER BY id
//   on each shard:  CREATE TABLE t (id UInt32, …) ENGINE = Distributed(servicescore, default, t_local, id)
// (`MergeTree() ORDER BY …` — the "new" syntax — works on 18.16; the column list of `t` must match
// `t_local`'s.) The 4th argument is the sharding key: with equal weights a row goes to shard
// `key % 2` + 1, so `id` puts even ids on server 0 and odd ids on server 1 (engines.test.ts checks).
// Insert through `t` with the setting `insert_distributed_sync = 1` so the rows are on their shards
// when the INSERT returns (without it they are queued and sent in the background), or insert into
// each shard's `t_local` directly. SELECTs on `t` (from either shard) read both shards.
// Talk to the servers over HTTP with @clickhouse/client `createClient({ url })` and
// `format: 'JSONEachRow'`; 18.16 has no server-side query parameters (`query_params` fails with
// "Unknown setting param_x"), so literals must be escaped into the SQL. UInt64/Int64 come back as
// JSON strings (e.g. count() → "10").
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import {
  findOnPath,
  freePorts,
  isExecutable,
  onProcessExit,
  pollUntil,
  retryOnPortClash,
  tail,
} from './util';

export interface ClickHouseShardInfo {
  httpPort: number;
  tcpPort: number;
  /** `http://127.0.0.1:HTTP_PORT`, for `createClient({ url })`. */
  url: string;
}

export interface ClickHouseClusterInfo {
  /** shards[0] is shard 1 of the cluster, shards[1] shard 2. */
  shards: ClickHouseShardInfo[];
  /** The name to use in `Distributed(servicescore, …)`. */
  cluster: 'servicescore';
}

export interface ClickHouseCluster extends ClickHouseClusterInfo {
  /** SIGTERM both servers, SIGKILL after 6 s, then removes the temp folders. Safe to call twice. */
  stop(): Promise<void>;
}

export const clickhouseClusterName = 'servicescore';

/** The clickhouse-server binary: $SERVICESCORE_CLICKHOUSE_SERVER, PATH, or /usr/sbin. */
export function clickhouseServerBinary(): string | undefined {
  const given = process.env.SERVICESCORE_CLICKHOUSE_SERVER;
  if (given) return isExecutable(given) ? given : undefined;
  return findOnPath('clickhouse-server', ['/usr/sbin', '/usr/bin']);
}

export function startClickHouseCluster(): Promise<ClickHouseCluster> {
  return retryOnPortClash(startOnce);
}

interface Server {
  dir: string;
  http: number;
  tcp: number;
  interserver: number;
  child?: ChildProcess;
  exited?: string;
}

const SHARDS = 2;

async function startOnce(): Promise<ClickHouseCluster> {
  const binary = clickhouseServerBinary();
  if (!binary)
    throw new Error(
      'ClickHouse: no clickhouse-server binary ' +
        (process.env.SERVICESCORE_CLICKHOUSE_SERVER
          ? `at SERVICESCORE_CLICKHOUSE_SERVER=${process.env.SERVICESCORE_CLICKHOUSE_SERVER}. `
          : 'on PATH or in /usr/sbin. ') +
        "Install Debian's clickhouse-server (`apt-get install -y clickhouse-server`, as .ci/run does).",
    );

  const root = await mkdtemp(join(tmpdir(), 'servicescore-ch-'));
  const ports = await freePorts(3 * SHARDS);
  const servers: Server[] = Array.from({ length: SHARDS }, (_, i) => ({
    dir: join(root, `shard${i + 1}`),
    http: ports[3 * i]!,
    tcp: ports[3 * i + 1]!,
    interserver: ports[3 * i + 2]!,
  }));

  let stopped = false;
  const killAllSync = () => {
    for (const s of servers) if (s.child && s.exited === undefined) s.child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  };
  const unregisterExit = onProcessExit(killAllSync);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregisterExit();
    await Promise.all(servers.map((s) => stopServer(s)));
    await rm(root, { recursive: true, force: true });
  };

  try {
    for (const server of servers) {
      for (const sub of ['data', 'data/tmp', 'data/user_files', 'data/format_schemas'])
        mkdirSync(join(server.dir, sub), { recursive: true });
      writeFileSync(join(server.dir, 'config.xml'), configXml(server, servers));
      const out = openSync(join(server.dir, 'stdout.log'), 'a');
      try {
        const child = spawn(binary, [`--config-file=${join(server.dir, 'config.xml')}`], {
          cwd: server.dir,
          stdio: ['ignore', out, out],
        });
        server.child = child;
        child.on('error', (error) => (server.exited ??= `could not be spawned: ${error.message}`));
        child.on('exit', (code, signal) => (server.exited ??= `exited with ${signal ?? code}`));
      } finally {
        closeSync(out);
      }
    }

    // Bounded polling: each server must answer `SELECT 1` over HTTP within 600 × 100 ms; a server
    // that exits meanwhile ends the wait at once.
    const results = await Promise.all(
      servers.map((server) =>
        pollUntil(() => selectOne(server.http), {
          attempts: 600,
          intervalMs: 100,
          abort: () => (server.exited === undefined ? undefined : `the server ${server.exited}`),
        }),
      ),
    );
    const failures = results.flatMap((result, i) =>
      result.ok
        ? []
        : [`server ${i} (http ${servers[i]!.http}, tcp ${servers[i]!.tcp}): ${result.reason}`],
    );
    if (failures.length > 0) throw new Error(failures.join('\n'));

    return {
      cluster: clickhouseClusterName,
      shards: servers.map((s) => ({
        httpPort: s.http,
        tcpPort: s.tcp,
        url: `http://127.0.0.1:${s.http}`,
      })),
      stop,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const logs = servers
      .map((s) =>
        [tail(join(s.dir, 'server.err.log')), tail(join(s.dir, 'stdout.log'), 20)].join('\n'),
      )
      .join('\n');
    await stop().catch(() => {});
    throw new Error(`ClickHouse cluster did not start: ${message}\n${logs}`);
  }
}

/**
 * SIGTERM, then SIGKILL if the server has not exited within 6 s (the config lets it wait at most
 * 2 s for open connections). Both servers stop in parallel, so the teardown stays well inside
 * Vitest's 10 s `teardownTimeout`.
 */
async function stopServer(server: Server): Promise<void> {
  const child = server.child;
  if (!child || server.exited !== undefined) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const within = async (ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), ms)));
    try {
      return await Promise.race([exited.then(() => true), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
  child.kill('SIGTERM');
  if (await within(6_000)) return;
  child.kill('SIGKILL');
  await within(5_000);
}

/**
 * `SELECT 1` over HTTP on a connection that is closed afterwards (`agent: false`): a keep-alive
 * connection left in a pool would make the server wait for it at shutdown.
 */
function selectOne(httpPort: number): Promise<boolean> {
  return new Promise((ok, fail) => {
    const request = httpGet(
      {
        host: '127.0.0.1',
        port: httpPort,
        path: '/?query=SELECT%201',
        agent: false,
        headers: { connection: 'close' },
        timeout: 2_000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => ok(response.statusCode === 200 && body.trim() === '1'));
        response.on('error', fail);
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer within 2 s')));
    request.on('error', fail);
  });
}

const xml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A complete config for one server (18.16's root element is still <yandex>; newer servers accept
 * it too). Users, profiles and quotas are inline (without `users_config` the server reads them
 * from this same file): user `default`, no password, from loopback only.
 */
function configXml(server: Server, all: Server[]): string {
  const data = join(server.dir, 'data');
  const shards = all
    .map(
      (s) => `      <shard><replica><host>127.0.0.1</host><port>${s.tcp}</port></replica></shard>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<!-- Written by test/sql/engines/clickhouse.ts for one throwaway test server. -->
<yandex>
  <logger>
    <level>information</level>
    <log>${xml(join(server.dir, 'server.log'))}</log>
    <errorlog>${xml(join(server.dir, 'server.err.log'))}</errorlog>
    <size>100M</size>
    <count>1</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${server.http}</http_port>
  <tcp_port>${server.tcp}</tcp_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <interserver_http_port>${server.interserver}</interserver_http_port>
  <path>${xml(data)}/</path>
  <tmp_path>${xml(data)}/tmp/</tmp_path>
  <user_files_path>${xml(data)}/user_files/</user_files_path>
  <format_schema_path>${xml(data)}/format_schemas/</format_schema_path>
  <max_connections>256</max_connections>
  <max_concurrent_queries>64</max_concurrent_queries>
  <keep_alive_timeout>3</keep_alive_timeout>
  <!-- At SIGTERM, wait at most 2 s for open connections (default 5): these are test servers. -->
  <shutdown_wait_unfinished>2</shutdown_wait_unfinished>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <mark_cache_size>67108864</mark_cache_size>
  <mlock_executable>false</mlock_executable>
  <!-- Functions without an explicit time zone work in UTC, whatever the machine's zone is. -->
  <timezone>UTC</timezone>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <profiles>
    <default>
      <max_memory_usage>4000000000</max_memory_usage>
      <load_balancing>in_order</load_balancing>
    </default>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks>
        <ip>127.0.0.1</ip>
        <ip>::1</ip>
      </networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas>
    <default>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>0</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </default>
  </quotas>
  <remote_servers>
    <${clickhouseClusterName}>
${shards}
    </${clickhouseClusterName}>
  </remote_servers>
</yandex>
`;
}
