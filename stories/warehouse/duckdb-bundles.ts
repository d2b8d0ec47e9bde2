import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

/**
 * DuckDB-wasm's modules and workers, served by Storybook's own Vite build from this origin (`?url`
 * emits each file as an asset and gives its URL): no CDN, nothing fetched from elsewhere.
 * `selectBundle` picks `eh` where the browser has wasm exceptions (every current one), else `mvp`.
 */
export const duckdbBundles: DuckDBBundles = {
  mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
  eh: { mainModule: ehModule, mainWorker: ehWorker },
};
