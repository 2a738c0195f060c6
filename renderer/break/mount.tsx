import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BreakWindow } from './BreakWindow.js';

/** Hands break.html's static frame over to React; React's first render draws that same frame. */
export function mountBreakWindow(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <BreakWindow api={window.limber} />
    </StrictMode>,
  );
}
