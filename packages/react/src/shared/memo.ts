/**
 * Remembers the last value of each named step of a pure computation and recomputes it only when
 * one of its inputs changed (compared with `Object.is`): `useMemo` without React, so that a
 * widget's model is a plain function a hook can call on every render without redoing its heavy
 * steps (sorting, scoring), and a test can call without React at all (with {@link noMemo}).
 */
export type Memo = <T>(step: string, inputs: readonly unknown[], compute: () => T) => T;

/** Recomputes every step: for a one-off call (a test, a server render of its own). */
export const noMemo: Memo = (_step, _inputs, compute) => compute();

/** A {@link Memo} that keeps the last inputs and value of each step (one per widget instance). */
export function createMemo(): Memo {
  const steps = new Map<string, { inputs: readonly unknown[]; value: unknown }>();
  return <T>(step: string, inputs: readonly unknown[], compute: () => T): T => {
    const last = steps.get(step);
    if (
      last !== undefined &&
      last.inputs.length === inputs.length &&
      last.inputs.every((input, i) => Object.is(input, inputs[i]))
    )
      return last.value as T;
    const value = compute();
    steps.set(step, { inputs, value });
    return value;
  };
}
