// The try-your-data page's module worker: parses the CSV and analyses it off the page's thread,
// posting progress and the result (see analysis-protocol.ts). Created by analysis-session.ts with
// `new Worker(new URL('./analyse-worker.ts', import.meta.url), { type: 'module' })`, which Vite
// bundles as a separate script.
import type { FromAnalysis, ToAnalysis } from './analysis-protocol';
import { createAnalysisRunner, withText } from './analysis-run';

const run = createAnalysisRunner();
const scope = self as unknown as {
  postMessage(message: FromAnalysis): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToAnalysis>) => void): void;
};

const post = (message: FromAnalysis) => scope.postMessage(message);
// One run at a time, in order (reading a file is asynchronous; the page sends one run per worker
// at a time anyway and stops the worker to cancel it).
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  queue = queue.then(async () => {
    try {
      run(await withText(event.data), post);
    } catch (e) {
      post({
        type: 'failed',
        run: event.data.run,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  });
});
