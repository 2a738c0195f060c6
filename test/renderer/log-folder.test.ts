import { describe, expect, it } from 'vitest';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow } from './support/settings-window.js';

/* "Open log folder" in Settings, for a bug report. */

const browser = chromiumForThisFile();

describe('Open log folder', () => {
  it('asks main to open the folder, and says why when it could not', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    await opened.page.getByRole('button', { name: 'Open log folder' }).click();
    await expect.poll(async () => (await callsTo(opened.page, 'app:open-log-folder')).length).toBe(1);
    expect(await opened.page.getByRole('status').filter({ hasText: /log folder/ }).count()).toBe(0);
    await closeSettingsWindow(opened);

    const failing = await openSettingsWindow(browser(), bridgeOptions({ logFolderAnswer: { ok: false, reason: 'Could not open /home/sam/.config/Limber/logs: no file manager' } }));
    await failing.page.getByRole('button', { name: 'Open log folder' }).click();
    await expect.poll(() => failing.page.getByText('no file manager').isVisible()).toBe(true);
    await closeSettingsWindow(failing);
  });
});
