import './break.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PageLanguage } from '../../electron/common/i18n/app-language.js';
import { PageI18n } from '../i18n/PageI18n.js';
import { BreakWindow } from './BreakWindow.js';

/** Hands break.html's static frame over to React; React's first render draws that same frame, in words. */
export function mountBreakWindow(root: HTMLElement, language: PageLanguage): void {
  createRoot(root).render(
    <StrictMode>
      <PageI18n api={window.limber} initial={language}>
        <BreakWindow api={window.limber} />
      </PageI18n>
    </StrictMode>,
  );
}
