/**
 * An upper estimate of a text's width in `em`, for the few columns whose width must be known
 * before anything is measured (a virtualized table's fixed layout, a server render). Per
 * character, at the widest of the fonts the widgets meet (DejaVu Sans Bold, the default sans of a
 * bare Linux; Liberation, Arial, Helvetica, PingFang and YaHei are narrower):
 * - East Asian wide characters (CJK, kana, hangul, full-width forms) and emoji: 1 em;
 * - `m`, `w`, `M`, `W`, `@`, `%`: 0.98 em; other capitals: 0.78 em;
 * - `i`, `l`, `j`, space and narrow punctuation: 0.42 em; `t`, `f`, `r`: 0.52 em;
 * - anything else: 0.68 em.
 * "Needs improvement" estimates 11.4 em; DejaVu Sans Bold draws it in 11.3 em.
 *
 * @example textWidthEm('待改进') // 3
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isWide(code)) em += 1;
    else if ('mwMW@%'.includes(char)) em += 0.98;
    else if (code >= 65 && code <= 90) em += 0.78;
    else if ("ilj .,:;'!|".includes(char)) em += 0.42;
    else if ('tfr'.includes(char)) em += 0.52;
    else em += 0.68;
  }
  return em;
}

/** East Asian Wide or Full-width code points, and emoji (drawn a full em wide). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}
