import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';

/**
 * `npm run dev:renderer`: lets the pages run in an ordinary browser. It puts the simulated bridge
 * (./browser.ts, the real engine behind a fake `window.limber`) in front of each page's own script, serves the
 * exercise figures, and widens the page's CSP just enough for Vite's dev client. `apply: 'serve'` keeps all of
 * it out of `vite build`; a test checks the built pages for any trace of it.
 */

const bridgeModule = normalizePath(fileURLToPath(new URL('./browser.ts', import.meta.url)));
const figuresDir = fileURLToPath(new URL('../../resources/figures/', import.meta.url));

/** Vite marks its own inline dev scripts and styles with this nonce; the production CSP stays otherwise as is. */
const DEV_NONCE = 'limber-dev';

export function devCsp(csp: string): string {
  return csp
    .split(';')
    .map((directive) => {
      const [name] = directive.trim().split(/\s+/);
      if (name === 'script-src' || name === 'style-src') return `${directive.trim()} 'nonce-${DEV_NONCE}'`;
      // Hot reload talks to the dev server over a WebSocket.
      if (name === 'connect-src') return `connect-src 'self' ws:`;
      return directive.trim();
    })
    .join('; ');
}

export function devBridge(): Plugin {
  return {
    name: 'limber:dev-bridge',
    apply: 'serve',
    config: () => ({ html: { cspNonce: DEV_NONCE } }),
    configureServer(server) {
      server.middlewares.use('/figures', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!/^[a-z0-9-]+\.svg$/.test(name)) return next();
        readFile(`${figuresDir}${name}`)
          .then((svg) => {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(svg);
          })
          .catch(() => next());
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const relaxed = html.replace(
          /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
          (_m, open: string, csp: string, close: string) => `${open}${devCsp(csp)}${close}`,
        );
        return {
          html: relaxed,
          // Module scripts run in document order, so the bridge exists before the page's own entry asks for it.
          tags: [{ tag: 'script', attrs: { type: 'module', src: `/@fs${bridgeModule.startsWith('/') ? '' : '/'}${bridgeModule}` }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
