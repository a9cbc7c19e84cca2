import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index';
import './styles.css';
import { App } from './frame/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
