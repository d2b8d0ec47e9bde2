import { defineMain } from '@storybook/react-vite/node';

/**
 * Storybook 10 (React + Vite). Stories are CSF3 files under `stories/`, one folder per widget plus
 * the dashboard and the docs pages (MDX). Config is written by hand: `storybook init/add` need a
 * registry package this environment does not have.
 */
export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
});
