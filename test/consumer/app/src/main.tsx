// Client entry: the published stylesheet imported the normal way, the page rendered into #root.
import '@servicescore/react/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from './dashboard.js';
import { consumerData } from './data.js';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Dashboard data={consumerData()} />
  </StrictMode>,
);
