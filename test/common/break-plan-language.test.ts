import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { createTranslator, type Translator } from '../../electron/common/i18n/translator.js';
import { coreRig } from '../support/core-ports.js';

/* Break plans and the tray's routine list speak the language the user reads now, and follow a switch at once. */

type Content = {
  exercises: Record<string, { name: string; steps: string[]; safety: string[] }>;
  routines: Record<string, { name: string; summary: string }>;
};
const contentOf = (language: 'de' | 'ja') => CATALOGUES[language].content as unknown as Content;
const translators = {
  en: createTranslator('en', CATALOGUES.en, { locale: 'en-GB' }),
  de: createTranslator('de', CATALOGUES.de, { fallback: CATALOGUES.en }),
  ja: createTranslator('ja', CATALOGUES.ja, { fallback: CATALOGUES.en }),
};

function rigIn(start: Translator) {
  let current = start;
  const rig = coreRig({ translator: () => current });
  return { rig, use: (next: Translator) => (current = next) };
}

describe('a break plan in the current language', () => {
  it('carries the routine’s and every exercise’s words from that language’s catalogue', () => {
    const { rig } = rigIn(translators.de);
    const plan = rig.core.breakPlan('back-break');
    const de = contentOf('de');
    expect(plan.routine.name).toBe(de.routines['back-break']!.name);
    expect(plan.routine.summary).toBe(de.routines['back-break']!.summary);
    for (const step of plan.steps) {
      const words = de.exercises[step.exerciseId]!;
      expect(step.name).toBe(words.name);
      expect(step.instructions).toEqual(words.steps);
      expect(step.safety).toEqual(words.safety);
    }
    for (const alternative of [plan.alternatives.seated, plan.alternatives.standing]) {
      if (alternative) expect(alternative.name).toBe(de.routines[alternative.id]!.name);
    }
  });

  it('keeps lengths, doses and figures whatever the language', () => {
    const { rig, use } = rigIn(translators.en);
    const english = rig.core.breakPlan('full-desk-reset');
    use(translators.ja);
    const japanese = rig.core.breakPlan('full-desk-reset');
    const strip = (plan: typeof english) => ({
      ...plan,
      routine: { ...plan.routine, name: '', summary: '' },
      steps: plan.steps.map((s) => ({ ...s, name: '', instructions: [], safety: [] })),
      alternatives: {},
    });
    expect(strip(japanese)).toEqual(strip(english));
    expect(japanese.routine.name).toBe(contentOf('ja').routines['full-desk-reset']!.name);
  });

  it('names the tray’s routines in the language', () => {
    const { rig } = rigIn(translators.de);
    rig.advance(60_000);
    const tray = JSON.stringify(rig.ui.views.at(-1)!.tray);
    expect(tray).toContain(contentOf('de').routines['back-break']!.name);
    expect(tray).not.toContain('"Back Break"');
  });
});
