import type { GradeId } from '@servicescore/core';
import type { SVGProps } from 'react';

/** The tones of the band engine, plus `none` for "no data / insufficient". */
export type Tone = GradeId | 'none';

const paths: Record<Tone, string> = {
  // star
  excellent: 'M8 1.5l1.9 4.1 4.4.5-3.3 3 .9 4.4L8 11.3l-3.9 2.2.9-4.4-3.3-3 4.4-.5z',
  // check in a circle
  good: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm3 4.3L7.2 9.6 5 7.5l-1 1 3.2 3.1 4.8-4.8z',
  // filled circle with a bar
  pass: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM4.5 7.2v1.6h7V7.2z',
  // warning triangle with an exclamation mark
  needsImprovement: 'M8 1.2l7 12.6H1zM7.2 5.5v4.2h1.6V5.5zm0 5.3v1.6h1.6v-1.6z',
  // dashed ring
  none: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 1.6a4.9 4.9 0 1 0 0 9.8 4.9 4.9 0 0 0 0-9.8z',
};

/**
 * A small shape per tone (star, check, bar, warning, ring) so that colour is never the only signal.
 * Decorative: hidden from assistive technology, the text beside it carries the meaning.
 */
export function ToneIcon({ tone, ...props }: { tone: Tone } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      className="ss-tone-icon"
      data-tone={tone}
      {...props}
    >
      <path d={paths[tone]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
