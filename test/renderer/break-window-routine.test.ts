import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BreakOutcome } from '../../electron/common/ipc-contract.js';
import { chromiumForThisFile, closeBreakWindow, onScreen, openBreakWindow } from './support/break-window.js';
import { callsTo, plansFor, recorded } from './support/fake-bridge.js';

/*
 * The routine player in Debian Chromium, on the built page under the production CSP, driven the way a person
 * would: keys and clicks, with time moved by Playwright's clock.
 */

const browser = chromiumForThisFile();
const neckReset = plansFor('neck-and-shoulder-reset', { breaksToday: 3 });
const neckPlan = neckReset.plans['neck-and-shoulder-reset']!;

const finishedOutcomes = async (page: Page) => (await callsTo(page, 'break:finished')) as BreakOutcome[];

describe('a whole routine', () => {
  it('can be done with the keyboard alone, reports the outcome, and closes itself', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;

    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.keyboard.press('Enter');
    expect(await callsTo(page, 'break:started')).toEqual([{ routineId: 'neck-and-shoulder-reset' }]);

    // Count reps ahead with Space; let timed steps run. Anyone faster than the app's pace can do just this.
    let waitedMs = 0;
    const seen = new Set<string>();
    for (let i = 0; i < 600 && (await page.locator('#finish-title').count()) === 0; i++) {
      const screen = await onScreen(page);
      if (screen.title) seen.add(screen.title);
      if (screen.rep !== null) await page.keyboard.press('Space');
      else {
        await page.clock.runFor(1000);
        waitedMs += 1000;
      }
    }

    expect([...seen]).toEqual(neckPlan.steps.map((s) => s.name));
    await expect.poll(() => page.locator('#finish-title').innerText()).toMatch(/Nice work/);
    expect(await page.locator('.breaks-today').innerText()).toBe('That makes 4 breaks today.');

    const [outcome, ...more] = await finishedOutcomes(page);
    expect(more).toEqual([]);
    expect(outcome).toMatchObject({ routineId: 'neck-and-shoulder-reset', reachedEnd: true });
    // Time spent is the time that passed, less what the last tick overshot; counting ahead saves the rest.
    expect(outcome!.activeSeconds).toBeLessThanOrEqual(waitedMs / 1000);
    expect(outcome!.activeSeconds).toBeGreaterThan(waitedMs / 1000 - 1);
    expect(outcome!.activeSeconds).toBeLessThan(neckPlan.routine.seconds);

    expect(await callsTo(page, 'break:close')).toEqual([]);
    await page.clock.runFor(8000);
    expect(await callsTo(page, 'break:close')).toHaveLength(1);
    await closeBreakWindow(opened);
  }, 120_000);
});

const pressNextUntilTheEnd = async (page: Page) => {
  for (let i = 0; i < 20 && (await page.locator('#finish-title').count()) === 0; i++) await page.keyboard.press('ArrowRight');
};

describe('reaching the end', () => {
  it('counts pressing → through every step as finished early, says so kindly and reports the seconds really done', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(2000);
    // A long pause on the way adds nothing: only time spent in the routine counts.
    await page.keyboard.press('p');
    await page.clock.runFor(5 * 60_000);
    await page.keyboard.press('p');
    await page.clock.runFor(1000);
    await pressNextUntilTheEnd(page);

    expect(await page.locator('#finish-title').innerText()).toBe('Thanks for taking a moment');
    expect(await page.locator('.finish').innerText()).toContain(
      'You went through Neck & Shoulder Reset in 3 s, quicker than its 2 min, so this one counts as finished early. Every bit of movement helps.',
    );
    expect(await page.locator('.breaks-today').count()).toBe(0);
    expect((await onScreen(page)).announced).toBe('End of the routine. It counts as finished early.');
    expect(await finishedOutcomes(page)).toEqual([
      { routineId: 'neck-and-shoulder-reset', activeSeconds: 3, reachedEnd: true },
    ]);
    await closeBreakWindow(opened);
  });

  it('counts skipping the rest as completed once at least half the planned time went into the routine', async () => {
    const half = neckPlan.routine.seconds / 2;
    for (const [spent, completed] of [
      [Math.floor(half), false],
      [Math.ceil(half), true],
    ] as const) {
      const opened = await openBreakWindow(browser(), neckReset);
      const { page } = opened;
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(spent * 1000);
      await pressNextUntilTheEnd(page);

      expect(await page.locator('#finish-title').innerText()).toBe(completed ? 'Nice work — thank you!' : 'Thanks for taking a moment');
      // The check mark is for a routine done, not for one cut short.
      expect(await page.locator('.finish-mark').count()).toBe(completed ? 1 : 0);
      expect(await finishedOutcomes(page)).toEqual([
        { routineId: 'neck-and-shoulder-reset', activeSeconds: spent, reachedEnd: true },
      ]);
      await closeBreakWindow(opened);
    }
  });
});

describe('the finish screen', () => {
  it('closes once on Close now: the close timer it had started is cancelled, and Esc after it adds nothing', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Finish early' }).click();
    await page.getByRole('button', { name: 'Close now' }).click();
    await page.keyboard.press('Escape');
    await page.clock.runFor(60_000);
    expect(await callsTo(page, 'break:close')).toHaveLength(1);
    await closeBreakWindow(opened);
  });
});

describe('controls', () => {
  it('pause stops the clock and excludes the pause from the time reported; back, next and finish early work', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    const [first, second, third] = neckPlan.steps;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await onScreen(page)).toMatchObject({ title: first!.name, countdown: '20', stepCount: 'Step 1 of 5' });

    await page.clock.runFor(3000);
    expect((await onScreen(page)).countdown).toBe('17');

    await page.keyboard.press('Space');
    expect(await onScreen(page)).toMatchObject({ paused: true, announced: 'Paused.' });
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
    await page.clock.runFor(30_000);
    expect(await onScreen(page)).toMatchObject({ countdown: '17', title: first!.name });

    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await onScreen(page)).toMatchObject({ paused: false, announced: 'Resumed.' });
    await page.clock.runFor(1000);
    expect((await onScreen(page)).countdown).toBe('16');

    await page.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await onScreen(page)).toMatchObject({ title: second!.name, stepCount: 'Step 2 of 5' });
    await page.keyboard.press('ArrowRight');
    expect((await onScreen(page)).title).toBe(third!.name);
    await page.keyboard.press('ArrowLeft');
    expect((await onScreen(page)).title).toBe(second!.name);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await onScreen(page)).toMatchObject({ title: first!.name, countdown: '20' });

    await page.clock.runFor(2000);
    await page.getByRole('button', { name: 'Finish early' }).click();
    expect(await page.locator('#finish-title').innerText()).toBe('Thanks for taking a moment');
    expect(await finishedOutcomes(page)).toEqual([
      { routineId: 'neck-and-shoulder-reset', activeSeconds: 6, reachedEnd: false },
    ]);
    await closeBreakWindow(opened);
  });

  it('counts a rep when the counter is tapped, and paces reps by itself otherwise', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('ArrowRight');
    expect(await onScreen(page)).toMatchObject({ title: 'Chin tuck', rep: '1' });
    await page.getByRole('button', { name: /^Rep 1 of 5/ }).click();
    expect((await onScreen(page)).rep).toBe('2');
    await page.clock.runFor(4000);
    expect((await onScreen(page)).rep).toBe('3');
    await closeBreakWindow(opened);
  });

  it('announces the side switch and mirrors the figure for the second side', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    const figureTransform = () => page.locator('.figure-props').getAttribute('transform');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    expect(await onScreen(page)).toMatchObject({ title: 'Side neck stretch', side: 'Right side', countdown: '12' });
    expect((await onScreen(page)).announced).toBe('Step 3 of 5: Side neck stretch. First side. Hold 12 s each side.');
    expect(await figureTransform()).toBeNull();
    const chimesBefore = (await recorded(page)).oscillators;

    await page.clock.runFor(12_000);
    expect(await onScreen(page)).toMatchObject({ title: 'Side neck stretch', side: '⇄ Left side', countdown: '12' });
    expect((await onScreen(page)).announced).toBe('Switch sides. Step 3 of 5: Side neck stretch. Other side. Hold 12 s.');
    expect(await figureTransform()).toBe('translate(160 0) scale(-1 1)');
    expect((await recorded(page)).oscillators).toBeGreaterThan(chimesBefore);

    await page.clock.runFor(12_000);
    expect(await onScreen(page)).toMatchObject({ title: 'Chest opener', side: null, stepCount: 'Next up' });
    expect((await onScreen(page)).announced).toBe('Get ready. Next up: Chest opener.');
    expect(await figureTransform()).toBeNull();
    await closeBreakWindow(opened);
  });
});

describe('closing', () => {
  it('closes at once on Esc before the routine starts, and reports no outcome', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.keyboard.press('Escape');
    expect((await recorded(page)).calls.map((c) => c.channel)).toEqual(['i18n:get', 'break:get-plan', 'break:close']);
    await closeBreakWindow(opened);
  });

  it('asks first once under way; Esc in the question keeps going, Stop reports and closes', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(5000);

    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Stop this break?' });
    expect(await question.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep going');
    await page.clock.runFor(10_000);
    expect((await onScreen(page)).countdown).toBe('15');

    await page.keyboard.press('Escape');
    expect(await question.isVisible()).toBe(false);
    await page.clock.runFor(1000);
    expect((await onScreen(page)).countdown).toBe('14');
    expect(await callsTo(page, 'break:close')).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stop and close' }).click();
    await expect.poll(async () => (await recorded(page)).calls.map((c) => c.channel)).toEqual([
      'i18n:get',
      'break:get-plan',
      'break:started',
      'break:finished',
      'break:close',
    ]);
    expect(await finishedOutcomes(page)).toEqual([
      { routineId: 'neck-and-shoulder-reset', activeSeconds: 6, reachedEnd: false },
    ]);
    await closeBreakWindow(opened);
  });

  it('reports an abandoned routine when the window is closed mid-way from outside', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(9000);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await finishedOutcomes(page)).toEqual([
      { routineId: 'neck-and-shoulder-reset', activeSeconds: 9, reachedEnd: false },
    ]);
    await closeBreakWindow(opened);
  });
});

describe('sound', () => {
  it('chimes at the start, at each step change and at the end', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    const chimes = async () => (await recorded(page)).oscillators;
    expect(await page.getByRole('switch', { name: 'Sound' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Start' }).click();
    const atStart = await chimes();
    expect(atStart).toBeGreaterThan(0);
    await page.clock.runFor(20_000);
    const afterStep = await chimes();
    expect(afterStep).toBeGreaterThan(atStart);

    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const beforeEnd = await chimes();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#finish-title').isVisible()).toBe(true);
    expect(await chimes()).toBeGreaterThan(beforeEnd);
    await closeBreakWindow(opened);
  });

  it('stays quiet once switched off in the window mid-routine', async () => {
    const opened = await openBreakWindow(browser(), neckReset);
    const { page } = opened;
    const chimes = async () => (await recorded(page)).oscillators;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('switch', { name: 'Sound' }).click();
    const whenSwitchedOff = await chimes();
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(25_000);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('#finish-title').isVisible()).toBe(true);
    expect(await chimes()).toBe(whenSwitchedOff);
    await closeBreakWindow(opened);
  });

  it('starts switched off when the user turned sound off in settings', async () => {
    const opened = await openBreakWindow(browser(), plansFor('neck-and-shoulder-reset', { sound: false }));
    const { page } = opened;
    expect(await page.getByRole('switch', { name: 'Sound' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(25_000);
    expect((await recorded(page)).oscillators).toBe(0);
    await closeBreakWindow(opened);
  });
});
