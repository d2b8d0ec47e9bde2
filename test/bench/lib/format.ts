import type { Summary } from './stats';

/** `1.23 s`, `456 ms`, `7.89 ms`. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  return `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 ** 2).toFixed(1)} MiB` : '—';
}

/** Bytes as KiB (1 KB = 1024 B, the budgets' unit) with one decimal. */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `1.23 s (1.20–1.31 s, 3 runs)`. */
export function timeSummary(s: Summary): string {
  return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, ${s.runs} runs)`;
}

/** `×1.23`. */
export function ratio(x: number): string {
  return Number.isFinite(x) ? `×${x.toFixed(2)}` : '—';
}

/** ✅ / ❌ with the rule. */
export function verdict(met: boolean): string {
  return met ? '✅ met' : '❌ missed';
}

/** A Markdown table. */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
