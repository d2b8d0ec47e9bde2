// `@servicescore/core/worker` and `@servicescore/core/demo` from the published packages: the bundler
// must find both worker scripts through the packages' `new URL('./evaluation-worker.js',
// import.meta.url)` and `new URL('./demo-worker.js', import.meta.url)`, and the strict CSP must let
// them run. The production worker evaluates records the page sends; the demo worker makes its own.
// On the server the effect never runs, so only the pending text renders.
import { evaluateDemoInWorker } from '@servicescore/core/demo';
import { evaluateInWorker } from '@servicescore/core/worker';
import { useEffect, useState } from 'react';

const T0 = Date.UTC(2026, 2, 2, 1);
/** Three resolved tickets the page sends to the production worker: a request volume of 3. */
const tickets = ['T1', 'T2', 'T3'].map((id, i) => ({
  id,
  createdAt: T0 + i * 3_600_000,
  status: 'resolved' as const,
  resolvedAt: T0 + (i + 1) * 3_600_000,
}));

export function WorkerCheck() {
  const [text, setText] = useState('Worker 评估中…');
  useEffect(() => {
    const controller = new AbortController();
    const options = { metrics: ['requestVolume'], timeZone: 'Asia/Shanghai' };
    const controls = { signal: controller.signal };
    Promise.all([
      evaluateInWorker({ tickets }, options, controls),
      evaluateDemoInWorker({ tickets: 600 }, options, controls),
    ]).then(
      ([records, demo]) =>
        setText(
          `Worker 评估完成：${records.evaluation.overall.requestVolume?.value} / ${demo.evaluation.overall.requestVolume?.value}`,
        ),
      (error: unknown) => {
        if (!controller.signal.aborted) setText(`Worker 评估失败：${String(error)}`);
      },
    );
    return () => controller.abort();
  }, []);
  return <p data-testid="worker">{text}</p>;
}
