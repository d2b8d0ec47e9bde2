import {
  AsyncDuckDB,
  type AsyncDuckDBConnection,
  type DuckDBBundles,
  type InstantiationProgress,
  selectBundle,
  VoidLogger,
} from '@duckdb/duckdb-wasm';

/**
 * DuckDB-wasm for the warehouse page: start it offline, create the canonical tables and fill
 * `tickets` with demo rows made in SQL. Nothing here knows about servicescore's metrics: the page
 * hands the connection to `duckdbWasmRunner` and `evaluateSql`.
 */

/** What the page shows about the engine it started. */
export interface EngineInfo {
  /** DuckDB's own version (`SELECT version()`), e.g. `v1.4.3`. */
  version: string;
  /** The wasm build `selectBundle` chose: `eh` (wasm exceptions) or `mvp`. */
  bundle: string;
  /** Whether the build has ICU (time zones) and JSON compiled in, before any stand-in. */
  builtIn: { icu: boolean; json: boolean };
  /** The SQL stand-ins created for what the build lacks (empty when it lacks nothing). */
  standIns: string[];
}

export interface Engine {
  db: AsyncDuckDB;
  connection: AsyncDuckDBConnection;
  info: EngineInfo;
  /** Closes the connection and terminates the worker. */
  close(): Promise<void>;
}

/**
 * Starts DuckDB-wasm in a Web Worker from self-served files and shuts every door to the network.
 *
 * DuckDB-wasm 1.32 (DuckDB 1.4.3) has neither ICU nor JSON compiled in; on first use of a time-zone
 * or JSON function it fetches them from `https://extensions.duckdb.org/v1.4.3/wasm_eh/….wasm`, and
 * for ICU it does so even with `autoload_known_extensions = false`. `enable_external_access = false`
 * stops that (a missing extension becomes an error naming it), so it is set before anything else.
 *
 * @param zone the time zone the evaluation will use: the ICU stand-in is written for it.
 * @param range the instants (epoch ms) the data covers: the stand-in checks the zone's offset is
 *   fixed there.
 */
export async function startEngine(
  bundles: DuckDBBundles,
  zone: string,
  range: { from: number; to: number },
  onDownload?: (fraction: number) => void,
): Promise<Engine> {
  const bundle = await selectBundle(bundles);
  if (bundle.mainWorker === null)
    throw new Error('selectBundle returned no worker script for the chosen DuckDB-wasm bundle.');
  const worker = new Worker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p: InstantiationProgress) => {
      if (p.bytesTotal > 0) onDownload?.(Math.min(1, p.bytesLoaded / p.bytesTotal));
    });
    await db.open({});
    const connection = await db.connect();
    for (const statement of offlineSettings) await connection.query(statement);
    const version = String(
      (await connection.query('SELECT version() AS v')).toArray()[0]?.toJSON().v ?? '',
    );
    const loaded = new Set(
      (
        await connection.query(
          "SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded AND extension_name IN ('icu', 'json')",
        )
      )
        .toArray()
        .map((row) => String(row.toJSON().name)),
    );
    const builtIn = { icu: loaded.has('icu'), json: loaded.has('json') };
    const standIns = [
      ...(builtIn.json ? [] : jsonStandIn()),
      ...(builtIn.icu ? [] : timeZoneStandIn(zone, range)),
    ];
    for (const statement of standIns) await connection.query(statement);
    const name = /duckdb-(mvp|eh|coi)\b/.exec(bundle.mainModule)?.[1] ?? 'unknown';
    return {
      db,
      connection,
      info: { version, bundle: name, builtIn, standIns },
      async close() {
        await connection.close().catch(() => {});
        await db.terminate();
      },
    };
  } catch (error) {
    await db.terminate();
    throw error;
  }
}

/** Set first, in this order: the last one cannot be undone for the life of the database. */
export const offlineSettings = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET enable_external_access = false',
];

/**
 * JSON stand-in: the `JSON` type as text, and `json_extract_string(json, '/key')` for the flat
 * objects of numbers this page writes (`qa`; `attributes` stays NULL): the text after `"key":` up
 * to the next `,` or `}`. It is not a JSON parser (no nesting, no escaped `~`, `/` or quotes in
 * keys, no commas inside strings). Kept this small on purpose: the compiled SQL uses it dozens of
 * times per statement and DuckDB binds a copy of the body at each use, so every extra function in
 * it costs planning time (a body twice as deep made a statement take seconds to plan).
 */
export function jsonStandIn(): string[] {
  const after = `split_part(CAST(j AS VARCHAR), concat('"', substr(p, 2), '":'), 2)`;
  return [
    'CREATE TYPE JSON AS VARCHAR',
    `CREATE MACRO json_extract_string(j, p) AS nullif(trim(split_part(split_part(${after}, ',', 1), '}', 1), ' "'), '')`,
  ];
}

/** The UTC offset (ms) of `zone` at `instant`, from the browser's time-zone data. */
function offsetOf(zone: string, instant: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (m === null) throw new Error(`Cannot read the UTC offset of ${zone} (got "${name}").`);
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000);
}

/**
 * ICU stand-in: `timezone(zone, timestamptz)` (the local wall-clock time) for the one zone the page
 * evaluates in, when its offset is the same all over the data's range (Asia/Shanghai: UTC+8, no DST
 * since 1991). Any other zone is an error naming the missing extension, never a wrong answer.
 */
export function timeZoneStandIn(zone: string, range: { from: number; to: number }): string[] {
  const DAY = 86_400_000;
  const offset = offsetOf(zone, range.from);
  for (let t = range.from; t <= range.to + DAY; t += DAY) {
    if (offsetOf(zone, t) !== offset)
      throw new Error(
        `This DuckDB-wasm build has no ICU extension (time zones), and ${zone} changes its UTC offset between ${new Date(range.from).toISOString()} and ${new Date(range.to).toISOString()}: a fixed-offset stand-in would be wrong. Serve the ICU extension from this origin, or evaluate in a zone without DST.`,
      );
  }
  const quoted = zone.replaceAll("'", "''");
  return [
    `CREATE MACRO timezone(z, t) AS CASE WHEN z = '${quoted}' THEN make_timestamp((epoch_ms(t) + ${offset}) * 1000) ELSE error('timezone(' || z || ', …): this DuckDB-wasm build has no ICU extension; the page''s stand-in knows only ${quoted}') END`,
  ];
}
