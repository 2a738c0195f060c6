import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { plansFor } from './support/fake-bridge.js';

/* axe-core on every screen the window has, in both colour schemes. */

const browser = chromiumForThisFile();

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('has no serious or critical axe violations on the intro, step, paused, question and finish screens', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break', { breaksToday: 1 }), { colorScheme, fakeClock: false });
    const { page } = opened;
    const found: Record<string, string[]> = {};

    found['intro'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Start' }).click();
    found['rep step'] = await seriousViolations(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    found['timed step'] = await seriousViolations(page);
    await page.keyboard.press('p');
    found['paused'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    found['stop question'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowLeft');
    found['second side'] = await seriousViolations(page);
    // Counting the last reps ends the step early, which shows the get-ready pause for the next one.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Space');
    await page.locator('.step-count', { hasText: 'Next up' }).waitFor();
    // Held there, so a slow machine cannot move on to the next step in the middle of the scan.
    await page.keyboard.press('p');
    found['get ready'] = await seriousViolations(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('#finish-title').waitFor();
    found['finish'] = await seriousViolations(page);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
    await closeBreakWindow(opened);
  }, 60_000);

  it('shows a visible focus ring on every control reached with Tab', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break'), { colorScheme });
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-title');
    // One full round of Tab, past the end of the page and back in: every control, each with its ring.
    const rings = new Map<string, string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return null;
        const style = getComputedStyle(element);
        const name = element.getAttribute('aria-label') ?? element.closest('label')?.textContent ?? element.textContent ?? '';
        return { name: name.trim(), ring: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (focused) rings.set(focused.name, focused.ring);
    }
    expect([...rings.keys()].sort()).toEqual(
      ['Sound', 'Exercise details', 'Rep 1 of 8 Tap to count', '← Back', 'Pause', 'Next →', 'Finish early'].sort(),
    );
    for (const [name, ring] of rings) expect(`${name}: ${ring}`).toBe(`${name}: solid 3px`);
    await closeBreakWindow(opened);
  });
});
