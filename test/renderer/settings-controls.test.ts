import { describe, expect, it } from 'vitest';
import type { TrayState } from '../../electron/common/ipc-contract.js';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView } from './support/settings-window.js';

/* Stretch now, Pause/Resume and Snooze in the Settings window: the way to them on a desktop without a tray icon. */

const browser = chromiumForThisFile();
const state = (overrides: Partial<TrayState> = {}): TrayState => ({
  status: 'Sitting since 14:00',
  breakDue: false,
  idleDetection: 'available',
  paused: false,
  snoozesLeft: 2,
  ...overrides,
});

describe('Right now, in the Settings window', () => {
  it('starts a stretch and pauses for the length chosen, through main', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ state: state() }) }));
    const { page } = opened;
    expect(await page.getByText('Sitting since 14:00').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Stretch now' }).click();
    await page.getByLabel('Pause for').selectOption({ label: '2 hours' });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => callsTo(page, 'app:control')).toEqual([{ type: 'stretch' }, { type: 'pause', length: { minutes: 120 } }]);
    expect(await page.getByRole('button', { name: 'Snooze 5 min' }).count()).toBe(0);
    await closeSettingsWindow(opened);
  });

  it('offers Resume while paused', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ state: state({ paused: true, status: 'Paused until 16:00' }) }) }));
    const { page } = opened;
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => callsTo(page, 'app:control')).toEqual([{ type: 'resume' }]);
    expect(await page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(0);
    await closeSettingsWindow(opened);
  });

  it('offers Snooze while a break is due, disabled with its reason once the snoozes are used up', async () => {
    const due = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ state: state({ breakDue: true }) }) }));
    await due.page.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect.poll(() => callsTo(due.page, 'app:control')).toEqual([{ type: 'snooze' }]);
    await closeSettingsWindow(due);

    const usedUp = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ state: state({ breakDue: true, snoozesLeft: 0 }) }) }));
    const snooze = usedUp.page.getByRole('button', { name: 'Snooze 5 min' });
    expect(await snooze.isDisabled()).toBe(true);
    expect(await snooze.getAttribute('aria-describedby')).toBe('snooze-used-up');
    expect(await usedUp.page.locator('#snooze-used-up').innerText()).toBe('No snoozes left for this sitting bout.');
    await closeSettingsWindow(usedUp);
  });

  it('shows why main refused', async () => {
    const reason = 'Limber is paused: resume it first.';
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ state: state() }), controlAnswer: { ok: false, reason } }));
    await opened.page.getByRole('button', { name: 'Stretch now' }).click();
    await expect.poll(() => opened.page.getByRole('alert').innerText()).toBe(reason);
    await closeSettingsWindow(opened);
  });
});
