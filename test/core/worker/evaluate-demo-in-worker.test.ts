// evaluateDemoInWorker: the demo dataset made in a worker of its own, step by step. The production
// evaluation worker carries no generator and refuses a demo request; an abort stops the generator
// within one step (20,000 tickets or calls), measured in steps pulled, not in time.
import {
  demoDatasetSteps,
  evaluateDemoInWorker,
  generateDemoDataset,
} from '@servicescore/core/demo';
import { type DatasetSteps, evaluateInWorker } from '@servicescore/core/worker';
import { describe, expect, it } from 'vitest';
import { channelWorker } from './channel-worker';

async function drain(turns = 50) {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('demoDatasetSteps', () => {
  it('makes the same dataset as generateDemoDataset, reporting progress after every 20,000', () => {
    // 45,000 tickets, 30,000 calls, 50,000 customers. Units: a ticket or a call is one; staff,
    // installers, agent records and customer records are one part each, of ⌈50,000 / 20,000⌉ = 3
    // units: total 45,000 + 30,000 + 4 × 3 = 75,012.
    const options = {
      tickets: 45_000,
      calls: 30_000,
      customers: 50_000,
      agents: 12,
      teams: 3,
      months: 2,
    };
    const steps = demoDatasetSteps(options);
    const seen: { done: number; total: number }[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(step.value).toEqual(generateDemoDataset(options));
    expect(seen.map((s) => s.total)).toEqual(Array(6).fill(75_012));
    expect(seen.map((s) => s.done)).toEqual([
      3, // staff and customer profiles
      20_003, // tickets 1–20,000
      40_003, // tickets 20,001–40,000
      45_006, // the last 5,000 tickets and the installers
      65_006, // calls 1–20,000
      75_009, // the last 10,000 calls and the agent records (customer records: the return)
    ]);
  });
});

describe('evaluateDemoInWorker', () => {
  it('is refused by the production worker, which carries no generator', async () => {
    const running = evaluateDemoInWorker(
      { tickets: 100 },
      { metrics: ['csat'] },
      {
        createWorker: () => channelWorker(),
      },
    );
    await expect(running).rejects.toThrow(
      'evaluation worker: this worker does not make demo data (the production worker carries no generator); use evaluateDemoInWorker from @servicescore/core/demo.',
    );
    await expect(running).rejects.toBeInstanceOf(TypeError);
  });

  it('is not evaluateInWorker: a { demo } input there names evaluateDemoInWorker', async () => {
    await expect(
      evaluateInWorker({ demo: { tickets: 100 } } as never, { metrics: ['csat'] }),
    ).rejects.toThrow(
      'evaluateInWorker: input.demo is not served by the evaluation worker (it carries no demo generator); use evaluateDemoInWorker(demo, options) from @servicescore/core/demo.',
    );
  });

  it('stops making the dataset within the step in progress when aborted', async () => {
    const controller = new AbortController();
    let pulled = 0;
    // The generator's steps, counted; the abort comes while the third step is being made.
    const counted: DatasetSteps = (options) => {
      const steps = demoDatasetSteps(options);
      return {
        next: () => {
          pulled += 1;
          const step = steps.next();
          if (pulled === 3) controller.abort();
          return step;
        },
      };
    };
    // 200,000 tickets: 12 steps at least, were it to run to the end.
    const running = evaluateDemoInWorker(
      { tickets: 200_000, calls: 0, agents: 12, teams: 3, months: 2 },
      { metrics: ['csat'] },
      { signal: controller.signal, createWorker: () => channelWorker({ generate: counted }) },
    );
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    await drain();
    expect(pulled).toBe(3);
  });

  it('on the calling thread (no Worker in Node) reports generation progress and honours an abort', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const controller = new AbortController();
    const seen: string[] = [];
    const running = evaluateDemoInWorker(
      { tickets: 60_000, calls: 0, agents: 12, teams: 3, months: 2 },
      { metrics: ['csat'] },
      {
        signal: controller.signal,
        onProgress: (_fraction, progress) => {
          seen.push(`${progress.phase} ${progress.done}/${progress.total}`);
          // Abort at the first measured step of the generation.
          if (progress.phase === 'generating' && progress.done > 0) controller.abort();
        },
      },
    );
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    await drain();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe('generating 0/null');
    expect(seen[1]).toMatch(/^generating [1-9]\d*\/\d+$/);
  });
});
