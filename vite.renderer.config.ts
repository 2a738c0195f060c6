import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { bundle } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import { FIRST_FRAME_STYLE_HASH } from './electron/common/app-origin.js';
import { devBridge } from './test/dev-bridge/plugin.js';

const root = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer/', import.meta.url));

/** One entry per window. Each page is its own HTML file, so a window loads only the code it needs. */
export const rendererPages = {
  break: 'break.html',
  settings: 'settings.html',
} as const;

/**
 * break.html paints its first frame with no stylesheet to wait for: first-frame.css and what it imports, bundled
 * and minified into one inline style, allowed by its hash in the page's CSP. The CSP header main sends must allow
 * it too, so the build stops when the style's hash is not the FIRST_FRAME_STYLE_HASH that header carries.
 */
function firstFrameStyle(): Plugin {
  return {
    name: 'limber:first-frame-style',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!filename.endsWith('/break.html')) return html;
        const css = bundle({ filename: `${root}break/first-frame.css`, minify: true, targets: { chrome: 130 << 16 } }).code.toString();
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        if (hash !== FIRST_FRAME_STYLE_HASH) {
          throw new Error(`break.html's first-frame style changed: set FIRST_FRAME_STYLE_HASH in electron/common/app-origin.ts to "${hash}"`);
        }
        const pinned = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*style-src 'self')/, `$1 ${hash}`);
        if (pinned === html) throw new Error("break.html's CSP has no style-src 'self' to pin the first-frame style in");
        // At the end of the head, so the charset declaration stays in the first kilobyte.
        return { html: pinned, tags: [{ tag: 'style', children: css, injectTo: 'head' }] };
      },
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs work unchanged from file:// and from the app:// scheme the windows are served from.
  base: './',
  publicDir: false,
  // Serve-only: the simulated bridge and the engine behind it never reach a production build.
  plugins: [react(), firstFrameStyle(), devBridge()],
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
