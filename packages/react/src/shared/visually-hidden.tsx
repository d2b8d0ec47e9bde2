import type { HTMLAttributes } from 'react';
import { cx } from './class-names';

/** Content for screen readers only (`ss-visually-hidden`: clipped, not `display: none`). */
export function VisuallyHidden({ className, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...props} className={cx('ss-visually-hidden', className)} />;
}
