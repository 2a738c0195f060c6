import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsWindow } from './SettingsWindow.js';
import './settings.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('settings.html lost its #root element');
}

createRoot(root).render(
  <StrictMode>
    <SettingsWindow api={window.limber} />
  </StrictMode>,
);
