import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { QuietView } from '../../electron/common/ipc-contract.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile } from './support/break-window.js';
import { root } from './support/built-renderer.js';
import { callsTo } from './support/fake-bridge.js';
import { showAs } from './support/layout.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, quietAnswer, settingsView } from './support/settings-window.js';

/*
 * Settings' Quiet moments section in real Chromium: each signal's switch with its live state on this desktop
 * (the fake main answers `quiet:get` as a GNOME desktop in a call), the grace, the hold limit and the quiet apps
 * picked from the running ones — by mouse, by keyboard alone, and clean under axe in both themes.
 */

const browser = chromiumForThisFile();
const SLOW = 90_000;

const section = (page: Page) => page.locator('section.quiet');
/** The live-state line under a signal's switch, found through the switch's own description. */
async function stateOf(page: Page, label: string): Promise<string> {
  const text = await section(page).locator('.quiet-signal', { has: page.getByLabel(label, { exact: true }) }).locator('.quiet-state').innerText();
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
    return (labelled ?? el.textContent ?? '').trim();
  });
}

function withUnavailableFullscreen(): NonNullable<ReturnType<typeof quietAnswer>> {
  const quiet = quietAnswer();
  const fullscreen = quiet.signals.find((s) => s.reason === 'fullscreen')!;
  fullscreen.state = 'unavailable';
  fullscreen.sources = [{ source: 'x11-fullscreen', reading: 'unknown', unavailable: { code: 'wayland' } }];
  return quiet;
}

describe('the Quiet moments section', () => {
  it("shows each signal's state on this desktop, and follows it as it changes", async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ quiet: withUnavailableFullscreen() }), { waitFor: 'Quiet moments' });
    const { page } = opened;
    await expect.poll(() => stateOf(page, 'You are in a call')).toBe('Detected now');
    expect(await stateOf(page, 'Do Not Disturb is on')).toBe('Works here · not now');
    expect(await stateOf(page, 'A video or call keeps the screen awake')).toBe('Works here · not now');
    // No source at all on this system, and one that cannot read here, each say why.
    expect(await stateOf(page, 'You are presenting')).toBe('Not available on this desktop\nLimber has no way to read this on this system.');
    expect(await stateOf(page, 'An app is fullscreen')).toBe(
      'Not available on this desktop\nFullscreen app in front (X11): a Wayland session does not show other apps’ windows',
    );
    // The state is part of the switch's description, so a screen reader hears it with the switch.
    const description = await page.getByLabel('You are in a call', { exact: true }).evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' | '),
    );
    expect(description).toBe('Another app is using the microphone or the camera. | Detected now');

    // The call ends: main's state changes, and the section reads the signals again.
    const ended = quietAnswer().signals.map((s) => (s.reason === 'call' ? { ...s, state: 'clear' as const, sources: s.sources.map((x) => ({ ...x, reading: 'off' as const })) } : s));
    await page.evaluate((signals) => (window as unknown as { __limberQuiet(s: QuietView['signals']): void }).__limberQuiet(signals), ended);
    await expect.poll(() => stateOf(page, 'You are in a call')).toBe('Works here · not now');
    await closeSettingsWindow(opened);
  }, SLOW);

  it('saves each switch, the grace and the hold limit as they are changed', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions(), { waitFor: 'Quiet moments' });
    const { page } = opened;
    const updates = () => callsTo(page, 'settings:update');
    await page.getByLabel('Do Not Disturb is on', { exact: true }).uncheck();
    await expect.poll(updates).toEqual([{ quietMoments: { signals: { dnd: false } } }]);
    const grace = page.getByLabel('After a quiet moment, wait');
    await grace.fill('3');
    await grace.press('Enter');
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { graceMin: 3 } });
    await page.getByLabel('Remind me once if a break waits long').uncheck();
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { holdLimitMin: 'never' } });
    expect(await page.getByLabel('Remind after').count()).toBe(0);
    await page.getByLabel('Remind me once if a break waits long').check();
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { holdLimitMin: 90 } });
    const limit = page.getByLabel('Remind after');
    await limit.fill('150');
    await limit.press('Tab');
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { holdLimitMin: 150 } });
    // Saved, as reopening the window shows.
    await page.reload();
    await page.getByLabel('Remind after').waitFor();
    expect(await page.getByLabel('Remind after').inputValue()).toBe('150');
    expect(await page.getByLabel('Do Not Disturb is on', { exact: true }).isChecked()).toBe(false);
    await closeSettingsWindow(opened);
  }, SLOW);

  it('is worked by keyboard alone: switches, the app picker, adding and removing apps', async () => {
    const view = settingsView({ settings: { ...structuredClone(DEFAULT_SETTINGS), quietMoments: { ...DEFAULT_SETTINGS.quietMoments, apps: ['zoom'] } } });
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view }), { waitFor: 'Quiet moments' });
    const { page } = opened;
    const updates = () => callsTo(page, 'settings:update');
    // Start on the first switch; from here on only keys.
    await page.getByLabel('You are in a call', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(updates).toEqual([{ quietMoments: { signals: { call: false } } }]);
    const order = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual([
      'You are presenting',
      'An app is fullscreen',
      'Do Not Disturb is on',
      'A video or call keeps the screen awake',
      'One of your quiet apps is running',
      'After a quiet moment, wait',
      'Remind me once if a break waits long',
      'Remind after',
      'Remove zoom',
    ]);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Choose from running apps');
    await page.keyboard.press('Enter');
    // The picker opens on the running apps not yet listed, with focus in it.
    await expect.poll(() => focused(page)).toBe('Running apps');
    const offered = await page.getByLabel('Running apps').locator('option').allTextContents();
    expect(offered).toEqual(['code', 'firefox', 'gnome-terminal-server', 'obs', 'slack', 'spotify']);
    expect(await callsTo(page, 'quiet:get')).toContainEqual({ runningApps: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { apps: ['zoom', 'firefox'] } });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'firefox added.' }).count()).toBe(1);
    // Added apps leave the picker; focus stays in it for the next one.
    await expect.poll(() => page.getByLabel('Running apps').locator('option').allTextContents()).toEqual(['code', 'gnome-terminal-server', 'obs', 'slack', 'spotify']);
    expect(await focused(page)).toBe('Running apps');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Add');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Done');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Choose from running apps');
    // Remove the first app: focus moves to the Remove button of the one that took its place.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Remove zoom');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { apps: ['firefox'] } });
    await expect.poll(() => focused(page)).toBe('Remove firefox');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await updates()).at(-1)).toEqual({ quietMoments: { apps: [] } });
    await expect.poll(() => focused(page)).toBe('Choose from running apps');
    expect(await section(page).getByText('No quiet apps yet.').isVisible()).toBe(true);
    await closeSettingsWindow(opened);
  }, SLOW);

  it('says so where the system cannot list running apps', async () => {
    const quiet = { ...quietAnswer(), runningApps: [] };
    const opened = await openSettingsWindow(browser(), bridgeOptions({ quiet }), { waitFor: 'Quiet moments' });
    await opened.page.getByRole('button', { name: 'Choose from running apps' }).click();
    await opened.page.getByText('Limber cannot list the running apps on this system.').waitFor();
    await closeSettingsWindow(opened);
  }, SLOW);

  it.each(['light', 'dark'] as const)('has no serious axe violations, picker open, in the %s theme', async (colorScheme) => {
    const view = settingsView({ settings: { ...structuredClone(DEFAULT_SETTINGS), quietMoments: { ...DEFAULT_SETTINGS.quietMoments, apps: ['zoom', 'obs'] } } });
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view, quiet: withUnavailableFullscreen() }), { colorScheme, waitFor: 'Quiet moments' });
    const { page } = opened;
    await expect.poll(() => stateOf(page, 'You are in a call')).toBe('Detected now');
    await page.getByRole('button', { name: 'Choose from running apps' }).click();
    await page.getByLabel('Running apps').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const shots = process.env.LIMBER_SHOTS;
    if (shots) {
      mkdirSync(join(root, shots), { recursive: true });
      for (const text of [1, 2]) {
        await showAs(page, { name: `${text * 100} %`, width: 640, height: 720, text });
        // The whole page, cut to the section: a screenshot of the element alone would scroll the sticky tab bar over it.
        const box = (await section(page).boundingBox())!;
        await page.screenshot({ path: join(root, shots, `quiet-${colorScheme}-${text * 100}.png`), fullPage: true, clip: { x: 0, y: box.y + (await page.evaluate(() => window.scrollY)), width: 640, height: box.height } });
      }
    }
    await closeSettingsWindow(opened);
  }, SLOW);
});
