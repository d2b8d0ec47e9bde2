// Entry of the development bundle abuse.test.ts builds with esbuild: the rapid-updates scenario of
// stories/abuse/ on a bare page, with React's development build, so `<StrictMode>` really renders
// twice and runs effects twice, and React's own warnings reach the console. (The static Storybook
// is a production build, where StrictMode does nothing.)
import { ServiceScoreProvider } from '@servicescore/react';
import { createRoot } from 'react-dom/client';
import { RapidUpdatesScenario } from '../../../stories/abuse/rapid-updates';

const container = document.getElementById('root');
if (container === null) throw new Error('dev-page: the page has no #root element');
createRoot(container).render(
  <ServiceScoreProvider>
    <RapidUpdatesScenario initiallyMounted={false} />
  </ServiceScoreProvider>,
);
