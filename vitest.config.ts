import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fakeElectron = fileURLToPath(new URL('./test/fakes/electron.ts', import.meta.url));

export default defineConfig({
  resolve: {
    // A real `electron` import in Node starts a binary download; tests always get the typed fake.
    alias: [{ find: /^electron$/, replacement: fakeElectron }],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
    testTimeout: 30_000,
    server: {
      deps: {
        // electron-store imports `electron` itself; inlining it lets the alias above hand it the fake too.
        inline: ['electron-store'],
      },
    },
  },
});
