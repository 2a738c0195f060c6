import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devBridge } from './test/dev-bridge/plugin.js';

const root = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer/', import.meta.url));

/** One entry per window. Each page is its own HTML file, so a window loads only the code it needs. */
export const rendererPages = {
  break: 'break.html',
  settings: 'settings.html',
} as const;

export default defineConfig({
  root,
  // Relative asset URLs work unchanged from file:// and from the app:// scheme the windows are served from.
  base: './',
  publicDir: false,
  // Serve-only: the simulated bridge and the engine behind it never reach a production build.
  plugins: [react(), devBridge()],
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: `${root}i18n/sync-external-store.ts` }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Electron's Chromium has native modulepreload; the polyfill would only add bytes to every window.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(rendererPages).map(([name, file]) => [name, `${root}${file}`])),
    },
  },
});
