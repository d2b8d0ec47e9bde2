import { defaultLocale, type Locale } from '../i18n/locale';
import { parsePeriodKey } from '../time/period-key';

const monthsEn = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Formats a period key for display:
 *
 * | key          | zh-CN          | en-US          |
 * | ------------ | -------------- | -------------- |
 * | `2026`       | 2026年         | 2026           |
 * | `2026-Q1`    | 2026年第1季度  | Q1 2026        |
 * | `2026-03`    | 2026年3月      | Mar 2026       |
 * | `2026-W09`   | 2026年第9周    | Week 9, 2026   |
 * | `2026-03-05` | 2026年3月5日   | Mar 5, 2026    |
 *
 * The text is composed from the key's own fields, so it never depends on the machine's time zone
 * or ICU version. Weeks are ISO weeks, shown with their ISO week-year (`2026-W01` may begin in
 * December 2025 and is still "2026年第1周"). A key that `parsePeriodKey` does not accept
 * (`2026-02-30`, `last month`) is returned as is.
 *
 * @param locale @default 'zh-CN'
 * @example
 * formatPeriod('2026-Q1', 'en-US'); // "Q1 2026"
 */
export function formatPeriod(key: string, locale: Locale = defaultLocale): string {
  const p = parsePeriodKey(key);
  if (p === undefined) return key;
  const zh = locale === 'zh-CN';
  switch (p.granularity) {
    case 'year':
      return zh ? `${p.year}年` : `${p.year}`;
    case 'quarter':
      return zh ? `${p.year}年第${p.quarter}季度` : `Q${p.quarter} ${p.year}`;
    case 'month':
      return zh ? `${p.year}年${p.month}月` : `${monthsEn[p.month - 1]} ${p.year}`;
    case 'week':
      return zh ? `${p.year}年第${p.week}周` : `Week ${p.week}, ${p.year}`;
    case 'day':
      return zh
        ? `${p.year}年${p.month}月${p.day}日`
        : `${monthsEn[p.month - 1]} ${p.day}, ${p.year}`;
  }
}
