// Page instrumentation for the leak check of abuse.test.ts, bundled by esbuild into an init script
// (`page.addInitScript`), so it runs before any page script. It wraps every API that keeps a
// callback alive — event listeners, timeouts, intervals, animation frames, idle callbacks, and
// Resize/Mutation/Intersection observers — and keeps the set of live ones with the stack that
// created each. `window.__liveHandles.snapshot()` lists them by kind.
//
// What counts as live:
// - a listener until removed (by removeEventListener or its AbortSignal); listeners on DOM nodes no
//   longer in the document are not counted (they go with the node);
// - a timeout or animation/idle frame until it fires or is cancelled; an interval until cleared;
// - an observer while it observes at least one target (until unobserve/disconnect).

/** One live handle: its kind, a short description and the stack that created it. */
export interface LiveHandle {
  kind: 'listener' | 'timeout' | 'interval' | 'animationFrame' | 'idleCallback' | 'observer';
  what: string;
  stack: string;
}

/** What `window.__liveHandles` offers the test. */
export interface LiveHandles {
  snapshot(): LiveHandle[];
}

declare global {
  interface Window {
    __liveHandles?: LiveHandles;
  }
}

type Entry = Omit<LiveHandle, 'stack'> & { stack: string; target?: unknown };

function install(): void {
  if (window.__liveHandles) return;
  const live = new Set<Entry>();
  const stack = () => (new Error().stack ?? '').split('\n').slice(3, 9).join('\n');
  const describe = (target: unknown): string => {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (typeof Node !== 'undefined' && target instanceof Element)
      return `<${target.tagName.toLowerCase()}${target.className && typeof target.className === 'string' ? ` class="${target.className}"` : ''}>`;
    return Object.prototype.toString.call(target);
  };

  // ── Event listeners ──────────────────────────────────────────────────────────────────────────
  const listeners = new WeakMap<object, Map<string, Entry>>();
  const listenerKey = (type: string, listener: unknown, options: unknown) => {
    const capture =
      typeof options === 'boolean'
        ? options
        : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return { type, listener, capture, id: `${type}|${capture}` };
  };
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (fn: object) => {
    let id = ids.get(fn);
    if (id === undefined) ids.set(fn, (id = nextId++));
    return id;
  };
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    add.call(this, type, listener, options);
    if (listener === null || (typeof listener !== 'function' && typeof listener !== 'object'))
      return;
    const k = listenerKey(type, listener, options);
    const key = `${k.id}|${idOf(listener)}`;
    let map = listeners.get(this);
    if (!map) listeners.set(this, (map = new Map()));
    if (map.has(key)) return;
    const entry: Entry = {
      kind: 'listener',
      what: `${type} on ${describe(this)}`,
      stack: stack(),
      target: this,
    };
    map.set(key, entry);
    live.add(entry);
    const opts = typeof options === 'object' && options !== null ? options : undefined;
    const drop = () => {
      map!.delete(key);
      live.delete(entry);
    };
    opts?.signal?.addEventListener('abort', drop, { once: true });
    if (opts?.once) {
      // A once-listener is gone after it fires: watch for that with a listener of our own.
      add.call(this, type, drop, { once: true, capture: k.capture });
    }
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    remove.call(this, type, listener, options);
    if (listener === null || (typeof listener !== 'function' && typeof listener !== 'object'))
      return;
    const k = listenerKey(type, listener, options);
    const map = listeners.get(this);
    const key = `${k.id}|${idOf(listener)}`;
    const entry = map?.get(key);
    if (entry) {
      map!.delete(key);
      live.delete(entry);
    }
  };

  // ── Timers and frames ────────────────────────────────────────────────────────────────────────
  const wrapTimer = <H>(
    kind: Entry['kind'],
    start: (callback: (...args: unknown[]) => void, ...rest: unknown[]) => H,
    stop: (handle: H) => void,
    oneShot: boolean,
  ) => {
    const byHandle = new Map<H, Entry>();
    const started = (callback: unknown, ...rest: unknown[]): H => {
      const entry: Entry = { kind, what: kind, stack: stack() };
      let handle: H;
      const run = (...args: unknown[]) => {
        if (oneShot) {
          byHandle.delete(handle);
          live.delete(entry);
        }
        if (typeof callback === 'function') callback(...args);
      };
      handle = start(run, ...rest);
      byHandle.set(handle, entry);
      live.add(entry);
      return handle;
    };
    const stopped = (handle: H) => {
      stop(handle);
      const entry = byHandle.get(handle);
      if (entry) {
        byHandle.delete(handle);
        live.delete(entry);
      }
    };
    return [started, stopped] as const;
  };
  const w = window as unknown as Record<string, unknown>;
  const pairs: Array<[string, string, Entry['kind'], boolean]> = [
    ['setTimeout', 'clearTimeout', 'timeout', true],
    ['setInterval', 'clearInterval', 'interval', false],
    ['requestAnimationFrame', 'cancelAnimationFrame', 'animationFrame', true],
    ['requestIdleCallback', 'cancelIdleCallback', 'idleCallback', true],
  ];
  for (const [startName, stopName, kind, oneShot] of pairs) {
    const start = w[startName] as ((...a: unknown[]) => unknown) | undefined;
    const stop = w[stopName] as ((h: unknown) => void) | undefined;
    if (typeof start !== 'function' || typeof stop !== 'function') continue;
    const [started, stopped] = wrapTimer(
      kind,
      (cb, ...rest) => start.call(window, cb, ...rest),
      (h) => stop.call(window, h),
      oneShot,
    );
    w[startName] = started;
    w[stopName] = stopped;
  }

  // ── Observers ────────────────────────────────────────────────────────────────────────────────
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = w[name] as (new (...args: never[]) => object) | undefined;
    if (typeof Original !== 'function') continue;
    const targets = new WeakMap<object, Set<unknown>>();
    const entries = new WeakMap<object, Entry>();
    const observed = (observer: object, target: unknown) => {
      let set = targets.get(observer);
      if (!set) targets.set(observer, (set = new Set()));
      set.add(target);
      let entry = entries.get(observer);
      if (!entry) {
        entry = { kind: 'observer', what: `${name} of ${describe(target)}`, stack: stack() };
        entries.set(observer, entry);
      }
      live.add(entry);
    };
    const forget = (observer: object, target?: unknown) => {
      const set = targets.get(observer);
      if (target === undefined) set?.clear();
      else set?.delete(target);
      const entry = entries.get(observer);
      if (entry && (set === undefined || set.size === 0)) live.delete(entry);
    };
    const p = Original.prototype as Record<string, (...a: unknown[]) => unknown>;
    const observe = p.observe!;
    p.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      const r = observe.call(this, target, ...rest);
      observed(this, target);
      return r;
    };
    if (typeof p.unobserve === 'function') {
      const unobserve = p.unobserve;
      p.unobserve = function (this: object, target: unknown) {
        const r = unobserve.call(this, target);
        forget(this, target);
        return r;
      };
    }
    const disconnect = p.disconnect!;
    p.disconnect = function (this: object) {
      const r = disconnect.call(this);
      forget(this);
      return r;
    };
  }

  window.__liveHandles = {
    snapshot: () =>
      [...live]
        .filter(
          (e) =>
            e.kind !== 'listener' || !(e.target instanceof Node) || (e.target as Node).isConnected,
        )
        .map(({ kind, what, stack: s }) => ({ kind, what, stack: s })),
  };
}

install();
