import type { GaugeGeometry } from './types';

/** Width the server and the first client render use for `width="auto"`, px. */
export const defaultGaugeWidth = 200;
/** Narrowest gauge drawn, px (a measured container narrower than this overflows instead). */
export const minGaugeWidth = 96;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Estimated width of `text` in em, for bold digits: CJK 1, "%" 0.95, "." and "," 0.32, else 0.62. */
function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    em += code >= 0x2e80 ? 1 : ch === '%' ? 0.95 : ch === '.' || ch === ',' ? 0.32 : 0.62;
  }
  return em;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of an SVG text at (x, y) with this anchor, estimated. */
function textBox(
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  width: number,
  size: number,
): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: y - size * 0.8, bottom: y + size * 0.25 };
}

/** The extreme values of cos over [a, b] (radians, a < b ≤ a + 2π). */
function cosRange(a: number, b: number): [number, number] {
  let lo = Math.min(Math.cos(a), Math.cos(b));
  let hi = Math.max(Math.cos(a), Math.cos(b));
  for (let k = Math.ceil(a / Math.PI); k * Math.PI <= b; k++) {
    if (k % 2 === 0) hi = 1;
    else lo = -1;
  }
  return [lo, hi];
}

function anchorOf(angle: number): 'start' | 'middle' | 'end' {
  const s = Math.sin(angle);
  return s < -0.2 ? 'start' : s > 0.2 ? 'end' : 'middle';
}

/**
 * Lays the gauge out in a `width`-wide SVG: a thin band ring outside, the value arc inside, the
 * centre value sized to fit between the arc's inner edges, and the min / max labels under the
 * arc's ends. The height follows from the angles (a 240° arc is about 0.82 × its width tall).
 */
export function gaugeGeometry(
  width: number,
  startDeg: number,
  endDeg: number,
  domain: readonly [number, number],
  texts: { value: string; min: string; max: string },
): GaugeGeometry {
  const startAngle = toRadians(startDeg);
  const endAngle = toRadians(endDeg);
  const pad = Math.max(4, width * 0.03);
  const bandOuter = width / 2 - pad;
  const bandInner = bandOuter - Math.max(3, width * 0.03);
  const valueOuter = bandInner - Math.max(2, width * 0.015);
  const valueInner = valueOuter - Math.max(6, width * 0.075);
  const tickFontSize = Math.min(14, Math.max(10, width * 0.06));

  const [minCos, maxCos] = cosRange(startAngle, endAngle);
  const cx = width / 2;
  const cy = pad + bandOuter * maxCos + 2;
  const pointAt = (angle: number, radius: number) => ({
    x: cx + radius * Math.sin(angle),
    y: cy - radius * Math.cos(angle),
  });

  const endLabel = (angle: number) => {
    const outer = pointAt(angle, bandOuter);
    const inner = pointAt(angle, valueInner);
    return {
      x: outer.x,
      y: Math.max(outer.y, inner.y) + tickFontSize * 1.3,
      anchor: anchorOf(angle),
    };
  };
  const minLabel = endLabel(startAngle);
  const maxLabel = endLabel(endAngle);

  // The value sits in the middle when the arc wraps below the centre, else just above it; if it
  // would then run into an end label (narrow arcs), it moves below the labels.
  const wraps = -minCos > 0.3;
  const room = 2 * valueInner * (wraps ? 0.72 : 0.8);
  const valueEm = Math.max(1, emWidth(texts.value));
  const valueFontSize = Math.max(10, Math.min(width * 0.16, room / valueEm));
  let valueY = wraps ? cy + valueFontSize * 0.35 : cy - valueInner * 0.08;
  const labelBoxes = [
    textBox(
      minLabel.x,
      minLabel.y,
      minLabel.anchor,
      emWidth(texts.min) * tickFontSize,
      tickFontSize,
    ),
    textBox(
      maxLabel.x,
      maxLabel.y,
      maxLabel.anchor,
      emWidth(texts.max) * tickFontSize,
      tickFontSize,
    ),
  ];
  const valueBox = textBox(cx, valueY, 'middle', valueEm * valueFontSize, valueFontSize);
  if (labelBoxes.some((box) => overlaps(box, valueBox)))
    valueY = Math.max(minLabel.y, maxLabel.y) + tickFontSize * 0.3 + valueFontSize * 0.95;

  const arcBottom = cy - bandOuter * minCos;
  const height = Math.ceil(
    Math.max(arcBottom, valueY + valueFontSize * 0.3, minLabel.y + 4, maxLabel.y + 4) + pad,
  );

  // A clamped linear scale from the domain to the angles (what d3's scaleLinear with clamp does).
  const [d0, d1] = domain;
  const angleOf = (value: number) => {
    if (Number.isNaN(value)) return value;
    const t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    return startAngle + Math.min(1, Math.max(0, t)) * (endAngle - startAngle);
  };
  return {
    width,
    height,
    cx,
    cy,
    startAngle,
    endAngle,
    bandOuter,
    bandInner,
    valueOuter,
    valueInner,
    valueFontSize,
    valueY,
    tickFontSize,
    minLabel,
    maxLabel,
    angleOf,
    pointAt,
  };
}
