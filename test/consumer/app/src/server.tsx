// Server entry (built with `vite build --ssr`): the same page as a string, as an SSR host renders
// it. The packages stay external, so Node imports the published dist files from node_modules.
import { renderToString } from 'react-dom/server';
import { Dashboard } from './dashboard.js';
import { consumerData } from './data.js';

/** The page's HTML. */
export function render(): string {
  return renderToString(<Dashboard data={consumerData()} />);
}
