import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};

// Runtime dependencies ship inside the asar's node_modules, so main loads them from there instead of carrying
// a second copy; devDependencies are not packaged and therefore must be bundled.
const runtimeDeps = Object.keys(pkg.dependencies ?? {});
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const mainExternal: (string | RegExp)[] = [
  'electron',
  /^electron\/.+/,
  /^node:/,
  ...builtinModules,
  ...runtimeDeps.map((dep) => new RegExp(`^${escape(dep)}(?:/.*)?$`)),
];

export default defineConfig({
  publicDir: false,
  build: {
    // An SSR build resolves packages with Node conditions, which is what the Electron main process is.
    ssr: 'electron/main/index.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    // Electron 45 embeds Node 24; node22 keeps the output loadable by the plain-Node boot tests too.
    target: 'node22',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: mainExternal,
      output: {
        format: 'es',
        entryFileNames: 'index.js',
        codeSplitting: {
          groups: [
            // What both main and a system's quiet-moment chunk use gets a chunk of its own; left in index.js, the
            // chunk would import index.js back (a cycle, and a second main for anything that loads it by URL).
            { name: 'quiet-moments', test: /electron[\\/]common[\\/]quiet-moments\.ts$/ },
          ],
        },
      },
    },
  },
  ssr: {
    // Bundle everything not listed above, so nothing from devDependencies is required at runtime.
    noExternal: true,
  },
});
