// Layout rules checked on every story by layout.test.ts, run inside the page (no test framework
// there: the function returns readable problem lines). Kept apart so the rules read on their own.
import type { Page } from 'playwright-core';

/** What one check run looks at. */
export interface LayoutCheckOptions {
  /** `print`: also fail on scroll boxes that hide content (paper cannot scroll). */
  media: 'screen' | 'print';
}

/**
 * The layout problems of the open story, as readable lines (empty when the layout is sound):
 * 1. the story root overflows the viewport horizontally (the page scrolls sideways);
 * 2. a grade badge's label, or a widget's title / label / name, ends in an ellipsis although the
 *    widget is wide enough for the whole text;
 * 3. an element pokes out of its box: out of its table cell, or out of its widget when no
 *    scroll box or clipping ancestor lies between them (a badge floating outside a 0 px column);
 * 4. in print: a scroll box inside a widget hides part of its content (paper cannot scroll);
 * 5. a line of a widget's text starts with a "·" separator (the dot must end the line before);
 * 6. a grade badge is stretched by its parent (a grid or flex cell) far taller than its text (six times its type).
 */
export function layoutProblems(page: Page, options: LayoutCheckOptions): Promise<string[]> {
  return page.evaluate(({ media }) => {
    const problems: string[] = [];
    const tolerance = 1.5;
    const describe = (el: Element): string => {
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}…"` : ''}> "${text}"`;
    };
    const hidden = (el: Element): boolean => {
      if (el.closest('.ss-visually-hidden, [hidden], [aria-hidden="true"] .ss-visually-hidden'))
        return true;
      // Not rendered: inside display:none, or inside a closed <details> (content-visibility).
      if (!el.checkVisibility()) return true;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return true;
      const style = getComputedStyle(el);
      return (
        style.visibility === 'hidden' || style.display === 'none' || style.position === 'fixed'
      );
    };

    // 1. The story root never makes the page scroll sideways.
    const docWidth = document.documentElement.scrollWidth;
    if (docWidth > window.innerWidth + tolerance) {
      // Name the culprits: elements reaching past the viewport whose parent does not.
      const culprits = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const parent = el.parentElement;
          if (!parent || hidden(el)) return false;
          return (
            el.getBoundingClientRect().right > window.innerWidth + tolerance &&
            parent.getBoundingClientRect().right <= window.innerWidth + tolerance
          );
        })
        .slice(0, 3)
        .map(describe);
      problems.push(
        `the page is ${docWidth} px wide in a ${window.innerWidth} px viewport (${culprits.join(', ')})`,
      );
    }

    // 2. Cut verdicts and titles while the widget has room for the whole text.
    /** A box's content width: its padding is not room for text. */
    const contentWidth = (box: Element) =>
      box.clientWidth -
      Number.parseFloat(getComputedStyle(box).paddingLeft) -
      Number.parseFloat(getComputedStyle(box).paddingRight);
    const labels = document.querySelectorAll(
      '.ss-grade-badge__label, .ss-widget [class*="__title"], .ss-widget [class*="__label"], .ss-widget [class*="__name"]',
    );
    for (const el of labels) {
      if (!(el instanceof HTMLElement) || hidden(el)) continue;
      if (el.scrollWidth <= el.clientWidth + tolerance) continue;
      if (getComputedStyle(el).textOverflow !== 'ellipsis') continue;
      const widget =
        el.parentElement?.closest('.ss-widget:not(.ss-grade-badge)') ?? el.closest('.ss-widget');
      // The content box of what can give the text room. A badge on its own can grow only as wide
      // as its parent's content box, and shares its width with its icon and score: the label's
      // room is what is left of that beside them.
      const standaloneBadge =
        widget instanceof HTMLElement && widget.classList.contains('ss-grade-badge');
      const room = !(widget instanceof HTMLElement)
        ? window.innerWidth
        : standaloneBadge && widget.parentElement
          ? contentWidth(widget.parentElement) - (widget.offsetWidth - el.clientWidth)
          : contentWidth(widget);
      if (el.scrollWidth + tolerance < room)
        problems.push(
          `${describe(el)} is cut (${el.clientWidth} of ${el.scrollWidth} px shown) although it has ${Math.round(room)} px of room`,
        );
    }

    // The elements of a widget to check: a table's rows are alike, so past its first `rowsChecked`
    // body rows they are left out (a leaderboard printed whole has 10,000; checking each costs
    // minutes and finds nothing the first rows do not).
    const rowsChecked = 60;
    const inside = (widget: Element): Element[] => {
      const out: Element[] = [];
      const walker = document.createTreeWalker(widget, NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          node instanceof HTMLTableRowElement &&
          node.parentElement?.tagName === 'TBODY' &&
          node.sectionRowIndex >= rowsChecked
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
      return out;
    };

    // 3. Nothing pokes out of its cell or widget. Only the outermost offender is reported: when a
    // table sticks out, every row and cell inside it does too.
    const reported = new Set<Element>();
    for (const widget of document.querySelectorAll('.ss-widget')) {
      for (const el of inside(widget)) {
        if (el.parentElement && reported.has(el.parentElement)) {
          reported.add(el);
          continue;
        }
        if (el.closest('svg') !== el && el.closest('svg')) continue;
        if (hidden(el)) continue;
        let box: Element | null = el.parentElement;
        let clipped = false;
        while (box && box !== widget) {
          if (box.tagName === 'TD' || box.tagName === 'TH') break;
          const style = getComputedStyle(box);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            clipped = true;
            break;
          }
          box = box.parentElement;
        }
        if (clipped || !box) continue;
        const inner = el.getBoundingClientRect();
        const outer = box.getBoundingClientRect();
        const out = Math.max(
          outer.left - inner.left,
          inner.right - outer.right,
          outer.top - inner.top,
          inner.bottom - outer.bottom,
        );
        if (out > tolerance) reported.add(el);
        if (out > tolerance)
          problems.push(
            `${describe(el)} sticks ${Math.round(out)} px out of its ${box === widget ? 'widget' : 'cell'} ${describe(box)}`,
          );
      }
    }

    // 4. Print: nothing hidden in a scroll box.
    if (media === 'print') {
      const all = [...document.querySelectorAll('.ss-widget')].flatMap((w) => [w, ...inside(w)]);
      for (const el of new Set(all)) {
        if (!(el instanceof HTMLElement) || hidden(el)) continue;
        const style = getComputedStyle(el);
        const scrolls = (v: string) => v === 'auto' || v === 'scroll';
        const hiddenX = scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + tolerance;
        const hiddenY = scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + tolerance;
        if (hiddenX || hiddenY)
          problems.push(
            `in print ${describe(el)} hides content in a scroll box (${el.scrollWidth}×${el.scrollHeight} px in ${el.clientWidth}×${el.clientHeight})`,
          );
      }
    }
    // 5. No line starts with a separator: a "·" on a line below the character before it. Only
    // the dots and the characters before them are measured (a printed table has 10,000 rows).
    const topOf = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getClientRects()[0] ?? null;
    };
    for (const widget of document.querySelectorAll('.ss-widget')) {
      const walker = document.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
      /** The last visible character before this one, across text nodes. */
      let last: { node: Node; at: number } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || parent.closest('svg') || (text.includes('·') && hidden(parent))) {
          last = null;
          continue;
        }
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          if (text[i] === '·' && last !== null) {
            const dot = topOf(node, i);
            const before = topOf(last.node, last.at);
            if (dot && before && dot.top > before.top + dot.height / 2)
              problems.push(`a line of ${describe(parent)} starts with "·"`);
          }
          last = { node, at: i };
        }
      }
    }

    // 6. A badge is a pill around its text: taller than four lines of it, its parent stretched it.
    for (const badge of document.querySelectorAll('.ss-grade-badge')) {
      if (hidden(badge)) continue;
      const fontSize = Number.parseFloat(getComputedStyle(badge).fontSize);
      const { height } = badge.getBoundingClientRect();
      if (height > 6 * fontSize)
        problems.push(
          `${describe(badge)} is ${Math.round(height)} px tall at ${fontSize} px type: stretched by its parent`,
        );
    }

    // One line per distinct problem: a table repeats the same defect once per row.
    return [...new Set(problems)];
  }, options);
}
