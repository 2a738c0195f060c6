import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { limberPlugin } from './eslint.ui-text.js';

/*
 * Folder boundaries. ESLint replaces (never merges) a rule's options when several config objects match a file,
 * so each folder gets one complete option set built from the pieces below, and `files` globs never overlap.
 *
 * Relative imports are matched by shape, not resolved: from inside electron/, `(../)+node/` is taken to mean
 * electron/node. A subfolder named node, main, preload or renderer nested inside another folder would be misread,
 * so don't create one. Dynamic `import()` and `require()` are not covered by this rule; use static imports.
 */

const RULE = '@typescript-eslint/no-restricted-imports';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const electronPath = (message, allowTypeImports = false) => ({ name: 'electron', message, allowTypeImports });
const electronSubpaths = (message, allowTypeImports = false) => ({
  regex: '^electron/(main|renderer|common|utility)$',
  message,
  allowTypeImports,
});

const noElectron = (allowTypeImports = false) => {
  const message =
    'Only electron/main and electron/preload may import electron: anywhere else it drags in the binary ' +
    '(and, in plain Node, a download). Put the logic in electron/common or electron/node behind a port.';
  return {
    paths: [electronPath(message, allowTypeImports)],
    patterns: [electronSubpaths(message, allowTypeImports)],
  };
};

const noNodeBuiltins = (message) => ({
  paths: nodeBuiltins.map((name) => ({ name, message })),
  patterns: [{ regex: '^node:', message }],
});

const noFolders = (folders, message, allowTypeImports = false) => ({
  patterns: folders.map((folder) => ({
    regex: `^(\\.\\./)+(electron/)?${folder}(/|$)`,
    message,
    allowTypeImports,
  })),
});

/*
 * The one exception to "types only": the settings page (renderer/settings/) imports electron/common/settings.ts
 * as a value, and with it zod. Issue 5 requires the page and main to validate a settings change with the same
 * schema, so the page can name the allowed range inline and send nothing that main would refuse. Only that
 * module, only from that folder: every other common module stays types-only there, and the break window (which
 * has a JavaScript budget) gets no exception at all.
 */
/*
 * Pages make their own translator from the catalogue main sends (i18n/translator.ts, which brings i18next), and
 * take dates and numbers through the same Intl wrappers as main (i18n/format.ts). i18n/catalogues.ts, which
 * holds every language, is not among them: a page gets only its own language.
 */
const I18N_FOR_PAGES = ['i18n/translator', 'i18n/format', 'i18n/languages'];
/*
 * And some for every page: the words and rules the tray and the pages must share so they never disagree, each a
 * few lines with no value imports, so they cost the break window nothing. electron/common/duration-text.ts is the
 * one rounding rule for lengths; routine-posture.ts names what a routine asks of the body from its steps;
 * control-text.ts names Snooze and the pause lengths for the tray, the break window and Settings alike.
 */
/*
 * The body model (electron/common/figure/): main resolves each step's motion into the break plan, and the break
 * window poses and draws it every frame, so the page takes the pure model code (never the motion data or the
 * resolver's inputs, which stay in main: figure/library.ts and figure/motion-resources.ts are not allowed here).
 */
const FIGURE_MODEL = ['figure/body', 'figure/motion', 'figure/props', 'figure/working-side'];
const SHARED_WORDS = ['duration-text', 'routine-posture', 'control-text', ...I18N_FOR_PAGES, ...FIGURE_MODEL];
const commonTypesOnlyExcept = (modules, message) => ({
  patterns: [
    {
      regex: `^(\\.\\./)+(electron/)?common(/(?!(${modules.join('|')})(\\.js)?$)|$)`,
      message,
      allowTypeImports: true,
    },
  ],
});
const commonTypesOnlyExceptSettings = (message) => commonTypesOnlyExcept(['settings', ...SHARED_WORDS], message);

const merge = (...parts) => [
  'error',
  {
    paths: parts.flatMap((p) => p.paths ?? []),
    patterns: parts.flatMap((p) => p.patterns ?? []),
  },
];

const pure = 'electron/common is pure TypeScript shared by every process: no Node builtins.';
const dom = 'The renderer is a sandboxed web page: it has no Node builtins.';
const sandboxedPreload = 'The sandboxed preload can only require electron; everything else must be bundled.';

export const boundaries = {
  'electron/common': merge(
    noElectron(),
    noNodeBuiltins(pure),
    noFolders(['node', 'main', 'preload', 'renderer'], 'electron/common must not depend on any process-specific code.'),
  ),
  'electron/node': merge(
    noElectron(),
    noFolders(['main', 'preload', 'renderer'], 'electron/node adapters must not depend on main, preload or the renderer.'),
  ),
  'electron/preload': merge(
    noNodeBuiltins(sandboxedPreload),
    noFolders(['main', 'node', 'renderer'], 'The preload bridges to main over IPC; it shares only electron/common.'),
  ),
  renderer: merge(
    noElectron(),
    noNodeBuiltins(dom),
    noFolders(['main', 'node', 'preload'], 'The renderer reaches main only through window.limber.'),
    commonTypesOnlyExcept(SHARED_WORDS, 'The renderer may use only types from electron/common (write `import type`).'),
  ),
  'renderer/settings': merge(
    noElectron(),
    noNodeBuiltins(dom),
    noFolders(['main', 'node', 'preload'], 'The renderer reaches main only through window.limber.'),
    commonTypesOnlyExceptSettings(
      'The settings page may import values only from electron/common/settings.ts (the shared schema); anything else from electron/common must be `import type`.',
    ),
  ),
  // Type-only imports are erased, so tests may name Electron types; values come from test/fakes/electron.ts.
  test: merge(noElectron(true)),
  elsewhere: merge(noElectron()),
};

const sourceFiles = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}'];

/*
 * Files whose every user-visible word comes from the catalogue (issue 14): every page and all of main, and the
 * modules of electron/common that put things into words. A new such module joins the list.
 */
export const UI_TEXT_FILES = [
  'renderer/**',
  'electron/main/**',
  // The tray, notifications, --status, engine refusals, dialogs, repair notices and the shared words.
  'electron/common/clock-format.ts',
  'electron/common/control-text.ts',
  'electron/common/data-repair-text.ts',
  'electron/common/duration-text.ts',
  'electron/common/engine-messages.ts',
  'electron/common/prompt-text.ts',
  'electron/common/quiet-text.ts',
  'electron/common/routine-posture.ts',
  'electron/common/status-text.ts',
  'electron/common/storage-problem-text.ts',
  'electron/common/tray-icon.ts',
  'electron/common/tray-menu.ts',
  // The words of the exercises and routines.
  'electron/common/break-plan.ts',
  'electron/common/routine-library.ts',
  'electron/common/routine-words.ts',
];

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: sourceFiles,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Replaced by the TypeScript-aware version below, which understands `import type`.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['electron/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: UI_TEXT_FILES, plugins: { limber: limberPlugin }, rules: { 'limber/no-literal-ui-text': 'error' } },
  // Boundaries: exactly one of these matches any given file.
  { files: ['electron/common/**'], rules: { [RULE]: boundaries['electron/common'] } },
  { files: ['electron/node/**'], rules: { [RULE]: boundaries['electron/node'] } },
  { files: ['electron/preload/**'], rules: { [RULE]: boundaries['electron/preload'] } },
  { files: ['renderer/**'], ignores: ['renderer/settings/**'], rules: { [RULE]: boundaries.renderer } },
  { files: ['renderer/settings/**'], rules: { [RULE]: boundaries['renderer/settings'] } },
  { files: ['test/**'], ignores: ['test/fakes/**'], rules: { [RULE]: boundaries.test } },
  {
    files: sourceFiles,
    ignores: ['electron/**', 'renderer/**', 'test/**'],
    rules: { [RULE]: boundaries.elsewhere },
  },
);
