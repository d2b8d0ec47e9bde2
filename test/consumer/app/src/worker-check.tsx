// `@servicescore/core/worker` from the published package: the bundler must find the worker script
// through the package's `new URL('./evaluation-worker.js', import.meta.url)` and the strict CSP
// must let it run. On the server the effect never runs, so only the pending text renders.
import { evaluateInWorker } from '@servicescore/core/worker';
import { useEffect, useState } from 'react';

export function WorkerCheck() {
  const [text, setText] = useState('Worker 评估中…');
  useEffect(() => {
    const controller = new AbortController();
    evaluateInWorker(
      { demo: { tickets: 600 } },
      { metrics: ['requestVolume'], timeZone: 'Asia/Shanghai' },
      { signal: controller.signal },
    ).then(
      ({ evaluation }) => setText(`Worker 评估完成：${evaluation.overall.requestVolume?.value}`),
      (error: unknown) => {
        if (!controller.signal.aborted) setText(`Worker 评估失败：${String(error)}`);
      },
    );
    return () => controller.abort();
  }, []);
  return <p data-testid="worker">{text}</p>;
}
