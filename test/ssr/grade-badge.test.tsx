import { GradeBadge, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

describe('GradeBadge on the server', () => {
  it('renders the grade label with no DOM', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <GradeBadge score={91} showScore />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('Excellent');
    expect(html).toContain('91.0');
    expect(html).toContain('data-tone="excellent"');
  });
});
