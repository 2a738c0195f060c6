import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  publicDir: false,
  define: {
    // The sandboxed preload cannot ask `app` for the version, so it is baked in at build time.
    __LIMBER_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: 'out/preload',
    emptyOutDir: true,
    // A sandboxed preload is evaluated by Electron's own loader: one CommonJS file, whose polyfilled `require`
    // knows only `electron` (and events/timers/url), so every other import has to be inlined.
    lib: {
      entry: 'electron/preload/index.ts',
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    target: 'chrome130',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['electron'],
      output: { codeSplitting: false },
    },
  },
});
