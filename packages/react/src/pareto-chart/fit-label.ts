// Fits a category label under a bar without measuring text in the DOM (no @visx/text, which
// appends a measuring node to document.body): widths are estimated per grapheme, so the server and
// the browser cut a label at exactly the same place and hydration matches.

/** East Asian wide and full-width characters, Hangul, and emoji take about one em. */
const wide =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}|[\u{20000}-\u{3FFFD}]/u;

const ellipsis = '…';

let segmenter: Intl.Segmenter | null | undefined;

/** Grapheme clusters, lazily (a 10,000-character label stops being read once the lines are full). */
function* graphemes(text: string): Generator<string> {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined) : null;
  }
  if (segmenter === null) {
    yield* Array.from(text);
    return;
  }
  for (const s of segmenter.segment(text)) yield s.segment;
}

/** The widest Latin letters (about one em in a bold sans-serif). */
const widest = /^[MWmw]$/;
/** Other capitals (Latin, Greek, Cyrillic): about 0.8 em in a bold sans-serif. */
const capital = /^\p{Lu}$/u;

/**
 * Estimated advance of one grapheme in ems: wide 1; M, W, m, w 1; other capitals 0.8; anything
 * else 0.6 (a conservative average of lower-case Latin, digits and punctuation). A label of
 * capitals estimated at 0.6 em ran into the next bar's label.
 */
function widthOf(grapheme: string): number {
  if (wide.test(grapheme) || widest.test(grapheme)) return 1;
  return capital.test(grapheme) ? 0.8 : 0.6;
}

/** A label cut into lines that fit a width. */
export interface FittedLabel {
  lines: string[];
  /** Some text was left out (the last line ends with "…"). */
  truncated: boolean;
  /** A line break fell inside a word of narrow (e.g. Latin) characters: "SKU-000 / 1". */
  brokenWord: boolean;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` px at `fontSize` px, breaking
 * at a space when the line has one (else between graphemes), and ends the last line with "…" when
 * text is left over. Whitespace runs (including newlines) count as one space. Never returns an
 * empty first line for non-empty text: at least one grapheme (or "…") is shown.
 *
 * @example
 * fitLabel('Poor installation', 60, 12); // { lines: ['Poor', 'installat…'], truncated: true, brokenWord: true }
 */
export function fitLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
): FittedLabel {
  const limit = Math.max(maxWidth / fontSize, 1);
  const clean = text.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  let lastSpace = -1;
  let truncated = false;
  let brokenWord = false;

  for (const g of graphemes(clean)) {
    const w = widthOf(g);
    if (width + w > limit + 1e-9 && line.length > 0) {
      if (lines.length === maxLines - 1) {
        truncated = true;
        break;
      }
      // Break at the last space of the line when there is one, carrying the word over.
      let carry: string[] = [];
      if (g !== ' ' && lastSpace > 0) {
        carry = line.slice(lastSpace + 1);
        line = line.slice(0, lastSpace);
      } else if (g !== ' ' && !wide.test(g) && !wide.test(line[line.length - 1]!)) {
        brokenWord = true;
      }
      lines.push(line.join('').trimEnd());
      line = carry;
      width = carry.reduce((sum, c) => sum + widthOf(c), 0);
      lastSpace = -1;
      if (g === ' ') continue;
    }
    if (g === ' ') {
      if (line.length === 0) continue;
      lastSpace = line.length;
    }
    line.push(g);
    width += w;
  }

  if (truncated) {
    // Make room for the ellipsis on the last line.
    const ellipsisWidth = 1;
    while (line.length > 1 && width + ellipsisWidth > limit + 1e-9) {
      width -= widthOf(line.pop()!);
    }
    lines.push(`${line.join('').trimEnd()}${ellipsis}`);
  } else if (line.length > 0) {
    lines.push(line.join(''));
  }
  return { lines, truncated, brokenWord };
}
