import { cx } from '../shared/class-names';
import { type BulletGraphProps, type BulletGraphState, useBulletGraph } from './use-bullet-graph';

/** A percentage along the bar: x for a horizontal graph, measured from the bottom for a vertical one. */
function Bar({ state, vertical }: { state: BulletGraphState; vertical: boolean }) {
  const rect = (start: number, size: number, across: [number, number]) =>
    vertical
      ? {
          x: `${across[0]}%`,
          width: `${across[1]}%`,
          y: `${100 - start - size}%`,
          height: `${size}%`,
        }
      : { x: `${start}%`, width: `${size}%`, y: `${across[0]}%`, height: `${across[1]}%` };
  const t = state.targetAt;
  return (
    <svg
      className="ss-bullet-graph__svg"
      width="100%"
      height="100%"
      aria-hidden="true"
      focusable="false"
    >
      {state.bands.map((band) => (
        <rect
          key={`${band.start}-${band.tone}`}
          className="ss-bullet-graph__band"
          data-tone={band.tone}
          {...rect(band.start, band.size, [0, 100])}
        />
      ))}
      {state.bands.length === 0 && (
        <rect className="ss-bullet-graph__band" {...rect(0, 100, [0, 100])} />
      )}
      {state.valueAt !== null && (
        <rect className="ss-bullet-graph__value-bar" {...rect(0, state.valueAt, [33.3, 33.4])} />
      )}
      {t !== null &&
        (vertical ? (
          <line
            className="ss-bullet-graph__target"
            x1="15%"
            x2="85%"
            y1={`${100 - t}%`}
            y2={`${100 - t}%`}
          />
        ) : (
          <line className="ss-bullet-graph__target" x1={`${t}%`} x2={`${t}%`} y1="15%" y2="85%" />
        ))}
    </svg>
  );
}

/**
 * Props of {@link BulletGraphView}: a computed state. Its root attributes, orientation and label
 * visibility are the hook's (`rootProps`, `orientation`, `hideLabel`).
 */
export interface BulletGraphViewProps {
  state: BulletGraphState;
}

/**
 * The markup of a bullet graph for a state from `useBulletGraph` or `useRuleBullet`.
 *
 * @example
 * <BulletGraphView state={useRuleBullet({ rule, label, value, hideLabel: true })} />
 */
export function BulletGraphView({ state }: BulletGraphViewProps) {
  return (
    <div
      {...state.rootProps}
      className={cx('ss-widget ss-bullet-graph', state.rootProps.className)}
    >
      <span
        {...state.labelProps}
        className={state.hideLabel ? 'ss-visually-hidden' : 'ss-bullet-graph__label'}
      >
        {state.label}
      </span>
      <div {...state.meterProps} className="ss-bullet-graph__meter">
        <Bar state={state} vertical={state.orientation === 'vertical'} />
      </div>
      <span className="ss-bullet-graph__readout" aria-hidden="true">
        <span className="ss-bullet-graph__value">{state.valueText}</span>
        {state.gradeText !== null && (
          <span className="ss-bullet-graph__grade">{state.gradeText}</span>
        )}
      </span>
    </div>
  );
}

/**
 * A bullet graph (Stephen Few's design): one value as a bar over qualitative bands — the grade
 * bands of its scoring rule, from the same band engine as the gauge and the badge — with a target
 * marker across it, on a domain fitted to the rule. Horizontal (compact enough for a table cell)
 * or vertical. The bar is a `role="meter"` whose value text says value, grade and target; the
 * value and grade are also printed beside it, so colour is never the only signal.
 *
 * @example
 * <BulletGraph metric="fcr" value={0.81} target={0.85} />
 * <BulletGraph label="SLA" unit="ratio" rule={slaRule} value={0.97} orientation="vertical" />
 */
export function BulletGraph(props: BulletGraphProps) {
  const state = useBulletGraph(props);
  return <BulletGraphView state={state} />;
}
