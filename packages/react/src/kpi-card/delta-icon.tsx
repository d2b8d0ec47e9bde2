import type { DeltaSign } from './delta-text';

const paths: Record<DeltaSign, string> = {
  up: 'M8 3l5 7H3z',
  down: 'M8 13l5-7H3z',
  flat: 'M3 7h10v2H3z',
};

/**
 * The direction a value moved (▲ ▼ ▬). Decorative: the delta text beside it says the same, and
 * the colour (improved / worsened) comes from the core's `compare`, not from the arrow.
 */
export function DeltaIcon({ sign }: { sign: DeltaSign }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      className="ss-delta-icon"
      data-sign={sign}
    >
      <path d={paths[sign]} fill="currentColor" />
    </svg>
  );
}
