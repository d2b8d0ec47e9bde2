// Issue 12 item 1: evaluateInWorker honours an abort promptly on the same-thread fallback. Measured
// in work, not time: records read after the abort are counted (every read goes through a getter).
import { evaluateInWorker } from '@servicescore/core/worker';
import { describe, expect, it } from 'vitest';

const T0 = Date.UTC(2026, 2, 2, 9);

/** `n` tickets whose `id` getter counts reads into `reads` (the reader reads each field once). */
function countedTickets(n: number, reads: { count: number; onRead?: (count: number) => void }) {
  return Array.from({ length: n }, (_, i) => {
    const ticket: Record<string, unknown> = {
      createdAt: T0 + i * 60_000,
      status: 'resolved',
      resolvedAt: T0 + i * 60_000 + 3_600_000,
      csat: 5,
    };
    Object.defineProperty(ticket, 'id', {
      enumerable: true,
      get() {
        reads.count += 1;
        reads.onRead?.(reads.count);
        return `T-${i}`;
      },
    });
    return ticket;
  });
}

async function drain(turns = 50) {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('evaluateInWorker abort on the calling thread (no Worker in Node)', () => {
  it('reads no record after an abort between chunks', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const reads = { count: 0 };
    const controller = new AbortController();
    let atAbort = -1;
    const running = evaluateInWorker(
      { tickets: countedTickets(2_000, reads) } as never,
      { metrics: ['csat'], asOf: T0 + 86_400_000 * 30 },
      {
        chunkSize: 100,
        signal: controller.signal,
        onProgress: (fraction) => {
          if (fraction > 0 && atAbort < 0) {
            atAbort = reads.count;
            controller.abort();
          }
        },
      },
    );
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    await drain();
    // Two chunks are in flight at a time: both (200 records) were read when the first report
    // arrives; every later chunk is dropped unread.
    expect(atAbort).toBe(200);
    expect(reads.count).toBe(atAbort);
  });

  it('finishes at most the chunk in progress after an abort inside it', async () => {
    const controller = new AbortController();
    // Abort while record 130 (the 30th of the second chunk) is being read.
    const reads = { count: 0, onRead: (n: number) => n === 130 && controller.abort() };
    const running = evaluateInWorker(
      { tickets: countedTickets(2_000, reads) } as never,
      { metrics: ['csat'], asOf: T0 + 86_400_000 * 30 },
      { chunkSize: 100, signal: controller.signal },
    );
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    await drain();
    // A chunk is one synchronous step: its remaining 70 records are read, nothing after (200 of 2,000).
    expect(reads.count).toBe(200);
  });
});
