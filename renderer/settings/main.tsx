import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPageLanguage, PageI18n } from '../i18n/PageI18n.js';
import { SettingsWindow } from './SettingsWindow.js';
import './settings.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('settings.html lost its #root element');
}

void loadPageLanguage(window.limber).then((language) =>
  createRoot(root).render(
    <StrictMode>
      <PageI18n api={window.limber} initial={language}>
        <SettingsWindow api={window.limber} />
      </PageI18n>
    </StrictMode>,
  ),
);
