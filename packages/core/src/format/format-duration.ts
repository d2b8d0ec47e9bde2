import { defaultLocale, type Locale } from '../i18n/locale';
import { checkLocale, formatNumber, missingValue, type SignDisplay } from './number-format';

/** Options of `formatDuration`. */
export interface FormatDurationOptions {
  /** @default 'zh-CN' */
  locale?: Locale;
  /** How many units to show at most, from the largest non-zero one (days, hours, minutes, seconds). @default 2 */
  units?: 1 | 2 | 3;
  /** @default 'auto' (a minus sign for negative durations only) */
  signDisplay?: SignDisplay;
}

/** Milliseconds of each unit, largest first (day, hour, minute, second). @internal */
export const unitMs = [86_400_000, 3_600_000, 60_000, 1_000] as const;
/** The unit names of each locale, in the order of {@link unitMs}. @internal */
export const unitNames: Record<Locale, readonly [string, string, string, string]> = {
  'zh-CN': ['天', '小时', '分钟', '秒'],
  'en-US': ['d', 'h', 'min', 's'],
};

function largestUnit(ms: number): number {
  for (let i = 0; i < unitMs.length; i++) if (ms >= unitMs[i]!) return i;
  return unitMs.length - 1;
}

/**
 * Formats a duration in milliseconds as a compound of its largest units, e.g. "2 h 15 min" /
 * "2小时15分钟", "3 d 4 h" / "3天4小时", "45 s" / "45秒".
 *
 * Rules:
 * - The duration is rounded (half away from zero) to the smallest unit shown, then split:
 *   59 min 59.6 s with 2 units is "1 h", not "59 min 60 s". Zero parts are left out ("1 h", not
 *   "1 h 0 min"); the units shown are always consecutive from the largest one.
 * - Under one second it is seconds with one decimal ("0.4 s" / "0.4秒"); what rounds to 0.0 s is
 *   "0 s" / "0秒".
 * - Negative durations keep a minus sign (Intl's, `-`); a duration that rounds to zero has none.
 * - English separates number and unit, and parts, with plain spaces; Chinese uses no spaces.
 * - `null`, `undefined`, NaN and ±Infinity give the em dash "—".
 *
 * @throws RangeError when `units` is not 1, 2 or 3, or `locale` is not 'zh-CN' or 'en-US'.
 * @example
 * formatDuration(8_100_000, { locale: 'en-US' }); // "2 h 15 min"
 * formatDuration(8_100_000); // "2小时15分钟"
 */
export function formatDuration(
  ms: number | null | undefined,
  options: FormatDurationOptions = {},
): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return missingValue;
  const locale = checkLocale(options.locale ?? defaultLocale, 'formatDuration');
  const count = options.units ?? 2;
  if (count !== 1 && count !== 2 && count !== 3) {
    throw new RangeError(
      `Invalid option \`units\` of value ${String(count)} supplied to formatDuration: it must be 1, 2 or 3.`,
    );
  }
  const signDisplay = options.signDisplay ?? 'auto';
  const names = unitNames[locale];
  const space = locale === 'en-US' ? ' ' : '';
  const abs = Math.abs(ms);
  const parts: string[] = [];
  let rounded: number;
  if (abs < 950) {
    // Tenths of a second; 950 ms and above round to a whole second below.
    rounded = Math.round(abs / 100) * 100;
    const seconds = formatNumber(rounded / 1000, {
      locale,
      percent: false,
      minFraction: 0,
      maxFraction: 1,
      signDisplay: 'auto',
    });
    parts.push(`${seconds}${space}${names[3]}`);
  } else {
    const smallest = Math.min(largestUnit(abs) + count - 1, unitMs.length - 1);
    rounded = Math.round(abs / unitMs[smallest]!) * unitMs[smallest]!;
    // Rounding up can reach the next unit (23 h 59.6 min → 1 d); start from the rounded value.
    let rest = rounded;
    const first = largestUnit(rounded);
    for (let i = first; i < Math.min(first + count, unitMs.length); i++) {
      const n = Math.floor(rest / unitMs[i]!);
      rest -= n * unitMs[i]!;
      if (n === 0) continue;
      const num = formatNumber(n, {
        locale,
        percent: false,
        minFraction: 0,
        maxFraction: 0,
        signDisplay: 'auto',
      });
      parts.push(`${num}${space}${names[i]}`);
    }
  }
  const body = parts.join(space);
  if (rounded === 0) return signDisplay === 'always' ? `+${body}` : body;
  if (ms < 0) return `-${body}`;
  return signDisplay === 'auto' ? body : `+${body}`;
}
