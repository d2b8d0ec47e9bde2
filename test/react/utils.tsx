import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import axe from 'axe-core';
import { type ReactElement, StrictMode } from 'react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

/** Renders in React StrictMode (double render, double effects), as every widget must survive. */
export function renderStrict(ui: ReactElement, options?: RenderOptions): RenderResult {
  return render(<StrictMode>{ui}</StrictMode>, options);
}

/**
 * Runs axe-core on a container and returns the violations as readable strings. Colour contrast is
 * left to the real-browser run (happy-dom computes no colours); region is a page-level rule that an
 * isolated widget cannot satisfy.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Fails the current test if anything logs a console error, unless the test expects it. */
export interface ConsoleErrors {
  readonly errors: string[];
  expectNone(): void;
}

export function captureConsoleErrors(): ConsoleErrors {
  const errors: string[] = [];
  let spy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors.length = 0;
    spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    });
  });
  afterEach(() => {
    spy.mockRestore();
  });
  return {
    get errors() {
      return errors;
    },
    expectNone() {
      expect(errors).toEqual([]);
    },
  };
}

/**
 * Renders `ui` to HTML on the "server", puts it in a container and hydrates it in StrictMode.
 * Fails on any console error or warning (hydration mismatches are logged as errors).
 */
export async function expectCleanHydration(ui: ReactElement): Promise<HTMLElement> {
  const { renderToString } = await import('react-dom/server');
  const { hydrateRoot } = await import('react-dom/client');
  const { act } = await import('react');
  const html = renderToString(<StrictMode>{ui}</StrictMode>);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const logged: string[] = [];
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...args: unknown[]) => logged.push(args.map(String).join(' ')));
  const warn = vi
    .spyOn(console, 'warn')
    .mockImplementation((...args: unknown[]) => logged.push(args.map(String).join(' ')));
  try {
    await act(async () => {
      hydrateRoot(container, <StrictMode>{ui}</StrictMode>, {
        onRecoverableError: (e) => logged.push(`recoverable: ${String(e)}`),
      });
    });
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
  expect(logged).toEqual([]);
  return container;
}
