// The try-your-data page's module worker: parses the CSV and analyses it off the page's thread,
// posting progress and the result (see analysis-protocol.ts). Created by analysis-session.ts with
// `new Worker(new URL('./analyse-worker.ts', import.meta.url), { type: 'module' })`, which Vite
// bundles as a separate script.
import type { FromAnalysis, ToAnalysis } from './analysis-protocol';
import { createAnalysisRunner } from './analysis-run';

const run = createAnalysisRunner();
const scope = self as unknown as {
  postMessage(message: FromAnalysis): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToAnalysis>) => void): void;
};

scope.addEventListener('message', (event) => {
  run(event.data, (message) => scope.postMessage(message));
});
