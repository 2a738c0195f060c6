import { describe, expect, it } from 'vitest';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { callsTo, plansFor, recorded } from './support/fake-bridge.js';

/* The screen before the routine: what is offered, the seated/standing switch, Snooze and Skip. */

const browser = chromiumForThisFile();

describe('intro screen', () => {
  it('shows the routine name, length and posture, with the safety line', async () => {
    const opened = await openBreakWindow(browser(), plansFor('neck-and-shoulder-reset'));
    const { page } = opened;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Neck & Shoulder Reset');
    expect(await page.getByRole('list', { name: 'About this routine' }).innerText()).toBe('2 min\nSeated\n5 moves');
    expect(await page.locator('.safety').innerText()).toMatch(/never into pain.*hurts.*stop/);
    await closeBreakWindow(opened);
  });

  it('says the at-home set is done on the floor', async () => {
    const opened = await openBreakWindow(browser(), plansFor('at-home-back-stretches'));
    expect(await opened.page.getByRole('list', { name: 'About this routine' }).innerText()).toMatch(/^\d+ min( \d+ s)?\nOn the floor\n8 moves$/);
    await closeBreakWindow(opened);
  });

  it('switches between the seated and the standing suggestion in one tap, and back without asking again', async () => {
    const bridge = plansFor('neck-and-shoulder-reset');
    const opening = bridge.plans['neck-and-shoulder-reset']!;
    const standing = opening.alternatives.standing!;
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    const seatedButton = page.getByRole('button', { name: 'Seated', exact: true });
    const standingButton = page.getByRole('button', { name: 'On your feet', exact: true });
    expect(await seatedButton.getAttribute('aria-pressed')).toBe('true');

    await standingButton.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(standing.name);
    expect(await standingButton.getAttribute('aria-pressed')).toBe('true');
    expect(await callsTo(page, 'break:get-plan')).toEqual([undefined, { routineId: standing.id }]);

    await seatedButton.click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Neck & Shoulder Reset');
    await standingButton.click();
    expect(await callsTo(page, 'break:get-plan')).toHaveLength(2);

    await page.getByRole('button', { name: 'Start' }).click();
    expect(await callsTo(page, 'break:started')).toEqual([{ routineId: standing.id }]);
    await closeBreakWindow(opened);
  });

  it('names the snooze length the user chose', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break', { snoozeMin: 10 }));
    expect(await opened.page.getByRole('button', { name: 'Snooze 10 min' }).isVisible()).toBe(true);
    await closeBreakWindow(opened);
  });

  it('shows why a snooze was refused and stays open', async () => {
    const reason = 'No snoozes left for this sitting bout (at most 2). Take the break or skip it.';
    const opened = await openBreakWindow(browser(), { ...plansFor('back-break'), snooze: { ok: false, reason } });
    const { page } = opened;
    await page.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(reason);
    expect(await callsTo(page, 'break:close')).toEqual([]);
    await closeBreakWindow(opened);
  });

  it('closes after a snooze or a skip that main accepted', async () => {
    for (const [button, channel] of [
      ['Snooze 5 min', 'break:snooze'],
      ['Skip', 'break:skip'],
    ] as const) {
      const opened = await openBreakWindow(browser(), plansFor('back-break'));
      const { page } = opened;
      await page.getByRole('button', { name: button }).click();
      await expect.poll(async () => (await recorded(page)).calls.map((c) => c.channel)).toEqual(['i18n:get', 'break:get-plan', channel, 'break:close']);
      await closeBreakWindow(opened);
    }
  });

  it('says so, and offers to close, when the plan cannot be loaded', async () => {
    const opened = await openBreakWindow(browser(), { ...plansFor('back-break'), first: 'no-such-routine' }, { waitFor: 'Close' });
    const { page } = opened;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This break did not load');
    await page.keyboard.press('Enter');
    expect(await callsTo(page, 'break:close')).toHaveLength(1);
    await closeBreakWindow(opened);
  });

  it('offers "Not now" instead of Snooze and Skip when no break is due', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break', { breakDue: false }));
    const { page } = opened;
    expect(await page.getByRole('button', { name: 'Snooze 5 min' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skip' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await callsTo(page, 'break:close')).toHaveLength(1);
    await closeBreakWindow(opened);
  });
});

describe('fit and finish on the intro', () => {
  it('disables Snooze with its reason when no snoozes are left, before any click', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break', { snoozesLeft: 0 }));
    const { page } = opened;
    const snooze = page.getByRole('button', { name: 'Snooze 5 min' });
    expect(await snooze.isDisabled()).toBe(true);
    expect(await page.locator(`#${await snooze.getAttribute('aria-describedby')}`).innerText()).toBe('No snoozes left for this sitting bout.');
    await closeBreakWindow(opened);
  });

  it('names a routine by its moves: Back Break starts seated, a walk is on the move, the floor set offers no snooze', async () => {
    const facts = async (id: string) => {
      const opened = await openBreakWindow(browser(), plansFor(id));
      const text = await opened.page.getByRole('list', { name: 'About this routine' }).innerText();
      const offers = await opened.page.getByRole('button').allInnerTexts();
      await closeBreakWindow(opened);
      return { posture: text.split('\n')[1], offers };
    };
    expect((await facts('back-break')).posture).toBe('Seated, then standing');
    const walk = await facts('move-break');
    expect(walk.posture).toBe('On the move');
    expect(walk.offers).toContain('On your feet');
    const floor = await facts('at-home-back-stretches');
    expect(floor.offers).not.toContain('Snooze 5 min');
    expect(floor.offers).not.toContain('Seated');
  });

  it('shows no Sound switch when the plan could not be loaded', async () => {
    const opened = await openBreakWindow(browser(), { ...plansFor('back-break'), first: 'no-such-routine' }, { waitFor: 'Close' });
    expect(await opened.page.getByRole('switch').count()).toBe(0);
    await closeBreakWindow(opened);
  });

  it('shows a refused "I was up" answer as a styled notice', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break', { shortGap: { from: '10:12', to: '10:16' } }));
    await opened.page.getByRole('button', { name: /^I was up/ }).click();
    expect(await opened.page.getByRole('alert').getAttribute('class')).toBe('notice');
    await closeBreakWindow(opened);
  });
});

describe('"Were you up?" on the intro', () => {
  it('offers a recent short gap as a break in one click, and says it was counted', async () => {
    const bridge = { ...plansFor('back-break', { shortGap: { from: '10:12', to: '10:16' } }), countGap: { ok: true } as const };
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'I was up 10:12–10:16: count it as a break' }).click();
    await expect.poll(() => page.locator('.gap-question').innerText()).toBe('Counted as a break. Thanks for telling me.');
    expect(await callsTo(page, 'break:count-gap')).toEqual([undefined]);
    // The break itself is still on offer.
    expect(await page.getByRole('button', { name: 'Start' }).isEnabled()).toBe(true);
    await closeBreakWindow(opened);
  });

  it('shows why main refused, and asks nothing when the plan carries no gap', async () => {
    const reason = 'No recent short gap to count as a break.';
    const opened = await openBreakWindow(browser(), plansFor('back-break', { shortGap: { from: '10:12', to: '10:16' } }));
    await opened.page.getByRole('button', { name: /^I was up/ }).click();
    await expect.poll(() => opened.page.getByRole('alert').innerText()).toBe(reason);
    await closeBreakWindow(opened);
    const plain = await openBreakWindow(browser(), plansFor('back-break'));
    expect(await plain.page.getByRole('button', { name: /^I was up/ }).count()).toBe(0);
    await closeBreakWindow(plain);
  });
});
