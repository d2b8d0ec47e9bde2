import type { Locale } from '@servicescore/core';
import { ServiceScoreProvider, type ThemeMode } from '@servicescore/react';
import type { Preview } from '@storybook/react-vite';
import '@servicescore/react/styles.css';
import './preview.css';

/**
 * Toolbar globals: locale (zh-CN / en-US) and theme (light / dark), wired to ServiceScoreProvider.
 * The frame paints the theme's surface so dark stories are read on a dark page.
 */
const preview = {
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en-US', title: 'English (en-US)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [
    (Story, context) => {
      const locale = (context.globals.locale ?? 'zh-CN') as Locale;
      const theme = (context.globals.theme ?? 'light') as ThemeMode;
      return (
        <ServiceScoreProvider locale={locale} theme={theme}>
          <div className="ss-story-frame" data-theme={theme} lang={locale}>
            <Story />
          </div>
        </ServiceScoreProvider>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story must pass axe in the a11y panel and in the real-browser test run.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
} satisfies Preview;

export default preview;
