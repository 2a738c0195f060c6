import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Rule } from 'eslint';

// The rule is plain JavaScript beside eslint.config.js; a computed specifier keeps tsc from wanting its types.
const RULE_FILE = '../../eslint.ui-text.js';
const { noLiteralUiText } = (await import(RULE_FILE)) as { noLiteralUiText: Rule.RuleModule };

/** The rule on its own, over snippets, so its teeth are checked whatever files are listed today. */
async function findings(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: (await import('typescript-eslint')).parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { limber: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
        rules: { 'limber/no-literal-ui-text': 'error' },
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('no-literal-ui-text', () => {
  it('flags words written into JSX, its read attributes and conditional literals', async () => {
    const code = `
      export const A = () => <p>Take a break</p>;
      export const B = () => <button aria-label="Close window">×</button>;
      export const C = ({ on }: { on: boolean }) => <span title={on ? 'Sound on' : 'Sound off'}>{'Snooze'}</span>;
    `;
    const found = await findings(code, 'renderer/x.tsx');
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/catalogue.*"Take a break"/);
  });

  it('lets through text from t(), symbols, numbers and the product name', async () => {
    const code = `
      declare const t: (k: string) => string;
      export const A = () => <p aria-label={t('break.close')} className="big wide">{t('break.title')} · 3 – Limber</p>;
    `;
    expect(await findings(code, 'renderer/x.tsx')).toEqual([]);
  });

  it('flags tray and notification words in main', async () => {
    const code = `
      declare const tray: { setToolTip(s: string): void };
      export const menu = [{ label: 'Pause for an hour', click() {} }, { type: 'separator' }];
      export const note = { title: 'Time to stand up', body: \`Sitting for \${3} min\` };
      tray.setToolTip('Limber — sitting');
    `;
    expect(await findings(code, 'electron/main/tray.ts')).toHaveLength(4);
  });
});
