import { describe, expect, it } from 'vitest';
import { heldLine } from '../../renderer/settings/history/held-words.js';
import { chromiumForThisFile } from './support/break-window.js';
import { wordsIn } from './support/words.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, zeroDay } from './support/settings-window.js';

/* History shows the breaks held through quiet moments, per reason: "Held for calls: 2 × 35 min". */

const browser = chromiumForThisFile();
const NOW = new Date(2026, 2, 20, 15, 0);

describe('held breaks in History', () => {
  it('words each reason with its count and average length', () => {
    const words = wordsIn('en');
    expect(heldLine({ reason: 'call', count: 2, seconds: 70 * 60 }, words)).toBe('Held for calls: 2 × 35 min');
    expect(heldLine({ reason: 'dnd', count: 1, seconds: 95 * 60 }, words)).toBe('Held for Do Not Disturb: 1 × 1 h 35 min');
  });

  it("lists today's held breaks under Breaks, and nothing when there were none", async () => {
    const today = { ...zeroDay(), held: [{ reason: 'call' as const, count: 2, seconds: 70 * 60 }, { reason: 'presentation' as const, count: 1, seconds: 20 * 60 }] };
    const opened = await openSettingsWindow(browser(), bridgeOptions({ today }), { now: NOW });
    const { page } = opened;
    await page.getByRole('tab', { name: 'History' }).click();
    const list = page.getByRole('list', { name: 'Breaks held during quiet moments' });
    await list.waitFor();
    if (process.env.LIMBER_SHOT) await page.locator('.today').screenshot({ path: process.env.LIMBER_SHOT });
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual(['Held for calls: 2 × 35 min', 'Held for presentations: 1 × 20 min']);
    await closeSettingsWindow(opened);

    const quiet = await openSettingsWindow(browser(), bridgeOptions(), { now: NOW });
    await quiet.page.getByRole('tab', { name: 'History' }).click();
    await quiet.page.getByRole('heading', { name: 'Today' }).waitFor();
    expect(await quiet.page.getByRole('list', { name: 'Breaks held during quiet moments' }).count()).toBe(0);
    await closeSettingsWindow(quiet);
  });
});
