import { BulletGraph, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

describe('BulletGraph on the server', () => {
  it('renders the meter, bands and grade with no DOM', () => {
    // FCR 0.81 under ≥ 85 % → 10, ≥ 75 % → 8, else 5: 8 points → 80 → Good.
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <BulletGraph metric="fcr" value={0.81} target={0.85} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuetext="81.0%, Good, target 85.0%"');
    expect(html).toContain('data-tone="excellent"');
    expect(html).toContain('First contact resolution (FCR)');
  });
});
