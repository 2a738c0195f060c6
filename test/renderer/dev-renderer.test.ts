import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_PAGES } from '../../electron/common/page-channels.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import type { Channel } from '../../electron/common/ipc-channels.js';
import { chromiumForThisFile } from './support/break-window.js';

/*
 * `npm run dev:renderer` as a developer uses it: Vite's dev server with the simulated bridge, every page opened in
 * Chromium. Each page must come up working, and every channel the page may use must be answered by the bridge.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const browser = chromiumForThisFile();
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({ configFile: `${root}vite.renderer.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser().newContext({ viewport: { width: 640, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return { page, errors, close: () => context.close() };
}

/** Asks the page's bridge each channel the page may use, with no payload: "not simulated" is the only failure. */
async function unsimulated(page: Page, name: 'break' | 'settings'): Promise<string[]> {
  const channels = (Object.keys(CHANNEL_PAGES) as Channel[]).filter((c) => CHANNEL_PAGES[c].includes(name) && c !== 'break:close');
  return page.evaluate(async (list) => {
    const missing: string[] = [];
    for (const channel of list) {
      await (window as unknown as { limber: { invoke(c: string, p?: unknown): Promise<unknown> } }).limber.invoke(channel).catch((error: Error) => {
        if (/not simulated/.test(error.message)) missing.push(channel);
      });
    }
    return missing;
  }, channels);
}

describe('npm run dev:renderer', () => {
  it('serves the Settings window with its settings, history and every channel it uses', async () => {
    const { page, errors, close } = await open('/settings.html');
    await page.getByRole('tab', { name: 'History' }).waitFor();
    expect(await page.getByText('could not load your settings').count()).toBe(0);
    // Saved through main's own rules, and kept across a reload as across reopening the window.
    await page.getByRole('radio', { name: '45 min' }).click();
    await expect.poll(() => page.getByRole('radio', { name: '45 min' }).isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: '45 min' }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Export' }).waitFor();
    expect(errors).toEqual([]);
    // The probe sends no payloads, which the bridge rightly rejects (and logs) for channels that need one.
    expect(await unsimulated(page, 'settings')).toEqual([]);
    await close();
  }, 60_000);

  it("runs the Settings window's Right now section on the simulated engine: Snooze, Pause and Resume change what it offers", async () => {
    const { page, errors, close } = await open('/settings.html');
    const section = page.getByRole('region', { name: 'Right now' });
    // Thirty-one minutes sat by default: a break is due, so Snooze is offered beside Stretch now, until used up.
    const snooze = section.getByRole('button', { name: 'Snooze 5 min' });
    for (let left = DEFAULT_SETTINGS.snoozeLimit; left > 0; left--) {
      await expect.poll(() => snooze.isEnabled()).toBe(true);
      await snooze.click();
    }
    await section.getByText('No snoozes left for this sitting bout.').waitFor();
    expect(await snooze.isDisabled()).toBe(true);
    await section.getByRole('button', { name: 'Pause', exact: true }).click();
    await section.getByRole('button', { name: 'Resume' }).click();
    await section.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await section.getByRole('button', { name: 'Stretch now' }).click();
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('serves the welcome with ?welcome', async () => {
    const { page, errors, close } = await open('/settings.html?welcome');
    await page.getByRole('button', { name: /Next/ }).first().waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('serves the break window: a due break offers Snooze and Skip; ?sat=0, as Stretch now before one is due, offers Not now', async () => {
    const due = await open('/break.html');
    await due.page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await due.page.getByRole('button', { name: /^Snooze/ }).count()).toBe(1);
    expect(await due.page.getByRole('button', { name: 'Skip' }).count()).toBe(1);
    expect(due.errors).toEqual([]);
    expect(await unsimulated(due.page, 'break')).toEqual([]);
    await due.close();

    const early = await open('/break.html?sat=0');
    await early.page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await early.page.getByRole('button', { name: 'Not now' }).count()).toBe(1);
    expect(await early.page.getByRole('button', { name: /^Snooze/ }).count()).toBe(0);
    await early.close();
  }, 60_000);
});
