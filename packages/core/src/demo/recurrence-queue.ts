/**
 * A binary min-heap of (time, ticket index) pairs: the repeat faults scheduled by resolved tickets,
 * waiting for the arrival stream to reach their time.
 */
export class RecurrenceQueue {
  private readonly times: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.times.length;
  }

  /** Time of the earliest entry (`Infinity` when empty; internal only). */
  peekTime(): number {
    return this.times.length === 0 ? Number.POSITIVE_INFINITY : (this.times[0] as number);
  }

  push(time: number, item: number): void {
    const times = this.times;
    const items = this.items;
    let i = times.length;
    times.push(time);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((times[parent] as number) <= time) break;
      times[i] = times[parent] as number;
      items[i] = items[parent] as number;
      i = parent;
    }
    times[i] = time;
    items[i] = item;
  }

  /** Removes the earliest entry and returns its item (call only when not empty). */
  pop(): number {
    const times = this.times;
    const items = this.items;
    const top = items[0] as number;
    const lastTime = times.pop() as number;
    const lastItem = items.pop() as number;
    const n = times.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child =
          right < n && (times[right] as number) < (times[left] as number) ? right : left;
        if ((times[child] as number) >= lastTime) break;
        times[i] = times[child] as number;
        items[i] = items[child] as number;
        i = child;
      }
      times[i] = lastTime;
      items[i] = lastItem;
    }
    return top;
  }
}
