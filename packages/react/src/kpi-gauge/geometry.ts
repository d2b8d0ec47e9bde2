import type { GaugeGeometry, GaugeTextPart } from './types';

/** Width the server and the first client render use for `width="auto"`, px. */
export const defaultGaugeWidth = 200;
/** Narrowest gauge drawn, px (a measured container narrower than this overflows instead). */
export const minGaugeWidth = 96;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Size of the centre value's unit ("%", "h", "小时", "分") relative to its digits, Grafana-style. */
export const unitScale = 0.5;

/** Estimated width of `text` in em, for bold digits: CJK 1, "%" 0.95, "." and "," 0.32, space 0.28, else 0.62. */
function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    em +=
      code >= 0x2e80
        ? 1
        : ch === '%'
          ? 0.95
          : ch === '.' || ch === ','
            ? 0.32
            : ch === ' '
              ? 0.28
              : 0.62;
  }
  return em;
}

/** Width in em of the centre value, its unit parts at `unitScale`. */
const partsEm = (parts: readonly GaugeTextPart[]) =>
  parts.reduce((em, p) => em + emWidth(p.text) * (p.unit ? unitScale : 1), 0);

/**
 * Splits a formatted value into its number runs and its unit runs, so the unit can be drawn
 * smaller: "93.5%" → 93.5 | %, "2小时15分钟" → 2 | 小时 | 15 | 分钟, "-7 pts" → -7 | " pts".
 *
 * @example
 * valueParts('2 h 15 min'); // [{ text: '2', unit: false }, { text: ' h ', unit: true }, { text: '15', unit: false }, { text: ' min', unit: true }]
 */
export function valueParts(text: string): GaugeTextPart[] {
  const parts: GaugeTextPart[] = [];
  for (const m of text.matchAll(/([+\-\u2212]?\d[\d.,]*)|([^\d+\-\u2212]+|[+\-\u2212])/g))
    parts.push({ text: m[0], unit: m[1] === undefined });
  return parts;
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

/** The anchor of an end label under the arc: its text runs inwards. */
function anchorOf(angle: number): 'start' | 'middle' | 'end' {
  const s = Math.sin(angle);
  return s < -0.2 ? 'start' : s > 0.2 ? 'end' : 'middle';
}

/** The anchor of a label outside the ring: its text runs outwards, away from the arc. */
function outwardAnchor(angle: number): 'start' | 'middle' | 'end' {
  const s = Math.sin(angle);
  return s > 0.2 ? 'start' : s < -0.2 ? 'end' : 'middle';
}

/** The target's place on the dial, when there is one to draw. */
export interface GaugeTargetInput {
  /** The target on the scale (drawn only inside the domain). */
  value: number;
  /** Its compact text ("95%"). */
  text: string;
}

/** How far past the band ring the target tick reaches, px. */
const tickLength = (width: number) => Math.max(4, width * 0.035);

/**
 * The outer radius that leaves room for a label at `angle` just outside the ring: the label,
 * `labelWidth` px wide and anchored away from the centre, must end inside the SVG's width.
 */
function radiusForLabel(width: number, angle: number, labelWidth: number, reach: number): number {
  const s = Math.abs(Math.sin(angle));
  const anchor = outwardAnchor(angle);
  const free = width / 2 - 1 - (anchor === 'middle' ? labelWidth / 2 : labelWidth);
  return s < 1e-6 ? Number.POSITIVE_INFINITY : free / s - reach;
}

/** A clamped linear scale from the domain to the angles (what d3's scaleLinear with clamp does). */
function angleScale([d0, d1]: readonly [number, number], start: number, end: number) {
  return (value: number) => {
    if (Number.isNaN(value)) return value;
    const t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    return start + Math.min(1, Math.max(0, t)) * (end - start);
  };
}

/**
 * The target's tick from radius `from` to `to` on `angle`, and its label at radius `label`, set
 * off the ring by the angle (above it at the top, below it at the bottom, beside it at the sides);
 * no label when `width` is `null` (no room) or it would overlap a box to `avoid`.
 */
function targetMarks(
  pointAt: GaugeGeometry['pointAt'],
  angle: number,
  r: {
    from: number;
    to: number;
    label: number;
    width: number | null;
    fontSize: number;
    avoid: Box[];
  },
): Pick<GaugeGeometry, 'targetTick' | 'targetLabel'> {
  const p1 = pointAt(angle, r.from);
  const p2 = pointAt(angle, r.to);
  const at = pointAt(angle, r.label);
  const up = Math.cos(angle);
  const y = up > 0.2 ? at.y - 1 : at.y + r.fontSize * (up < -0.2 ? 0.8 : 0.35);
  const anchor = outwardAnchor(angle);
  const fits =
    r.width !== null &&
    !r.avoid.some((b) => overlaps(b, textBox(at.x, y, anchor, r.width!, r.fontSize)));
  return {
    targetTick: { x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y },
    targetLabel: fits ? { x: at.x, y, anchor } : null,
  };
}

/**
 * Lays the gauge out in a `width`-wide SVG: a thin band ring outside, the value arc inside, the
 * centre value sized to fit between the arc's inner edges (its unit parts at half size), the min /
 * max labels under the arc's ends, and the target tick outside the value arc, from the band ring
 * outwards, with its label beyond it (left out where it would leave the SVG or hit an end label;
 * the legend still names the target). The height follows from the angles (a 240° arc is about 0.82 × its width).
 */
export function gaugeGeometry(
  width: number,
  startDeg: number,
  endDeg: number,
  domain: readonly [number, number],
  texts: { value: readonly GaugeTextPart[]; min: string; max: string },
  target: GaugeTargetInput | null = null,
): GaugeGeometry {
  const startAngle = toRadians(startDeg);
  const endAngle = toRadians(endDeg);
  const [d0, d1] = domain;
  const angleOf = angleScale(domain, startAngle, endAngle);
  const tickFontSize = Math.min(14, Math.max(10, width * 0.06));
  const onScale =
    target !== null && target.value >= Math.min(d0, d1) && target.value <= Math.max(d0, d1);
  const targetAngle = onScale ? angleOf(target.value) : null;
  const tick = tickLength(width);
  const labelGap = 2;
  const targetWidth = onScale ? emWidth(target.text) * tickFontSize : 0;

  const pad = Math.max(4, width * 0.03);
  // With a target the ring steps in by the tick's length, so every targeted gauge has the same
  // dial; the label goes outside only where it fits without shrinking the dial further.
  const bandOuter = width / 2 - pad - (targetAngle === null ? 0 : tick);
  const labelFits =
    targetAngle !== null &&
    radiusForLabel(width, targetAngle, targetWidth, tick + labelGap) >= bandOuter;
  const bandInner = bandOuter - Math.max(3, width * 0.03);
  const valueOuter = bandInner - Math.max(2, width * 0.015);
  const valueInner = valueOuter - Math.max(6, width * 0.075);

  const [minCos, maxCos] = cosRange(startAngle, endAngle);
  const cx = width / 2;
  let cy = pad + bandOuter * maxCos + 2;
  const labelRadius = bandOuter + tick + labelGap;
  if (targetAngle !== null) {
    // The tick and the label above the ring must stay inside the top edge.
    const up = Math.cos(targetAngle);
    const reach = up > 0.2 ? labelRadius * up + tickFontSize : (bandOuter + tick) * up;
    cy = Math.max(cy, reach + 2);
  }
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
  const labelBoxes = [minLabel, maxLabel].map((l, i) =>
    textBox(l.x, l.y, l.anchor, emWidth(i ? texts.max : texts.min) * tickFontSize, tickFontSize),
  );

  const { targetTick, targetLabel } =
    targetAngle === null
      ? { targetTick: null, targetLabel: null }
      : targetMarks(pointAt, targetAngle, {
          from: bandInner - 1,
          to: bandOuter + tick,
          label: labelRadius,
          width: labelFits ? targetWidth : null,
          fontSize: tickFontSize,
          avoid: labelBoxes,
        });

  // The value sits in the middle when the arc wraps below the centre, else just above it; if it
  // would then run into an end label (narrow arcs), it moves below the labels.
  const wraps = -minCos > 0.3;
  const room = 2 * valueInner * (wraps ? 0.85 : 0.8);
  const valueEm = Math.max(1, partsEm(texts.value));
  const valueFontSize = Math.max(10, Math.min(width * 0.16, room / valueEm));
  let valueY = wraps ? cy + valueFontSize * 0.35 : cy - valueInner * 0.08;
  const valueBox = textBox(cx, valueY, 'middle', valueEm * valueFontSize, valueFontSize);
  if (labelBoxes.some((box) => overlaps(box, valueBox)))
    valueY = Math.max(minLabel.y, maxLabel.y) + tickFontSize * 0.3 + valueFontSize * 0.95;

  const arcBottom = cy - bandOuter * minCos;
  const height = Math.ceil(
    Math.max(
      arcBottom,
      valueY + valueFontSize * 0.3,
      minLabel.y + 4,
      maxLabel.y + 4,
      targetTick ? Math.max(targetTick.y1, targetTick.y2) : 0,
      targetLabel ? targetLabel.y + 4 : 0,
    ) + pad,
  );

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
    unitFontSize: valueFontSize * unitScale,
    valueY,
    tickFontSize,
    minLabel,
    maxLabel,
    targetTick,
    targetLabel,
    angleOf,
    pointAt,
  };
}
