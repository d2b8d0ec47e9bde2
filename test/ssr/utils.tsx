import { type ReactElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { expect } from 'vitest';

/**
 * Server-renders in plain Node: there is no `window` or `document` here, so a widget that touches
 * them at import or render time throws. Returns the HTML.
 */
export function renderOnServer(ui: ReactElement): string {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  return renderToString(<StrictMode>{ui}</StrictMode>);
}
