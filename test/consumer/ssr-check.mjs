// Runs in a consumer app's folder with plain `node` (no loader hooks, no DOM): imports every entry of
// the installed packages, checks nothing created browser globals, then renders the app's page with
// the server bundle (`vite build --ssr`, which leaves the packages external: Node loads their
// published dist files). Prints one JSON line for consumer.test.ts.
if (typeof window !== 'undefined' || typeof document !== 'undefined') {
  throw new Error('ssr-check.mjs must start without window or document');
}
const entries = [
  '@servicescore/core',
  '@servicescore/core/demo',
  '@servicescore/core/worker',
  '@servicescore/react',
];
const exports = {};
for (const entry of entries) exports[entry] = Object.keys(await import(entry)).sort();
const windowAfterImport = typeof window;
const documentAfterImport = typeof document;
const { render } = await import('./dist-server/server.js');
const html = render();
process.stdout.write(
  `\n${JSON.stringify({ html, windowAfterImport, documentAfterImport, exports })}\n`,
);
