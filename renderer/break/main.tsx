import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BreakWindow } from './BreakWindow.js';
import './break.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('break.html lost its #root element');
}

createRoot(root).render(
  <StrictMode>
    <BreakWindow api={window.limber} />
  </StrictMode>,
);
