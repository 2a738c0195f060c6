import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { plansFor } from './support/fake-bridge.js';

/* axe-core on every screen the window has, in both colour schemes. */

const gap = { from: '10:12', to: '10:16' };

const browser = chromiumForThisFile();

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it(`has no serious or critical axe violations on the intro, step, paused, question and finish screens (${colorScheme} theme)`, async () => {
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
    found['finished early'] = await seriousViolations(page);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
    await closeBreakWindow(opened);
  }, 60_000);

  it(`has none on a failed plan, "Were you up?" and its answers, refusals, the intro when no break is due, and a completed routine (${colorScheme} theme)`, async () => {
    const found: Record<string, string[]> = {};
    const options = { colorScheme, fakeClock: false };

    const failed = await openBreakWindow(browser(), { ...plansFor('back-break'), first: 'no-such-routine' }, { ...options, waitFor: 'Close' });
    await failed.page.getByRole('heading', { name: 'This break did not load' }).waitFor();
    found['failed plan'] = await seriousViolations(failed.page);
    await closeBreakWindow(failed);

    const skipRefused = { ok: false, reason: 'Skip limit reached: take the break or snooze it.' } as const;
    const due = await openBreakWindow(
      browser(),
      { ...plansFor('back-break', { shortGap: gap }), countGap: { ok: true }, skip: skipRefused },
      options,
    );
    found['were you up'] = await seriousViolations(due.page);
    await due.page.getByRole('button', { name: /^I was up/ }).click();
    await due.page.getByText('Counted as a break.').waitFor();
    found['gap counted'] = await seriousViolations(due.page);
    await due.page.getByRole('button', { name: 'Skip' }).click();
    await due.page.getByRole('alert').filter({ hasText: skipRefused.reason }).waitFor();
    found['skip refused'] = await seriousViolations(due.page);
    await closeBreakWindow(due);

    const notDue = await openBreakWindow(browser(), plansFor('back-break', { breakDue: false, shortGap: gap }), options);
    await notDue.page.getByRole('button', { name: 'Not now' }).waitFor();
    found['not due'] = await seriousViolations(notDue.page);
    await notDue.page.getByRole('button', { name: /^I was up/ }).click();
    await notDue.page.getByRole('alert').waitFor();
    found['gap refused'] = await seriousViolations(notDue.page);
    await closeBreakWindow(notDue);

    // The whole routine on the held clock, then real time again, which axe needs for its own timers.
    const bridge = plansFor('back-break');
    const done = await openBreakWindow(browser(), bridge, { colorScheme });
    await done.page.getByRole('button', { name: 'Start' }).click();
    await done.page.clock.runFor(bridge.plans['back-break']!.routine.seconds * 1000);
    await done.page.getByRole('heading', { name: 'Nice work — thank you!' }).waitFor();
    await done.page.clock.resume();
    found['completed'] = await seriousViolations(done.page);
    await closeBreakWindow(done);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
  }, 60_000);

  it(`shows a visible focus ring on every control reached with Tab (${colorScheme} theme)`, async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break'), { colorScheme });
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-title');
    // The rep counter is the step's own control: the first Tab from the step's name goes to it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('rep-counter');
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
      ['Sound', 'Rep 1 of 8 Tap to count', '← Back', 'Pause', 'Next →', 'Finish early'].sort(),
    );
    for (const [name, ring] of rings) expect(`${name}: ${ring}`).toBe(`${name}: solid 3px`);
    await closeBreakWindow(opened);
  });
});
