import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { daysUpTo, monthOfHistory } from './support/history-data.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, zeroDay, type SettingsBridgeOptions } from './support/settings-window.js';

/* The History tab: today at a glance, the last 7 or 30 days as a chart and a table, and the CSV export. */

const browser = chromiumForThisFile();
// A Friday afternoon, so "today" is a working day in the generated month.
const NOW = new Date(2026, 2, 20, 15, 0);
const MIN = 60;

async function openHistory(bridge: SettingsBridgeOptions) {
  const opened = await openSettingsWindow(browser(), bridge, { now: NOW });
  await opened.page.getByRole('tab', { name: 'History' }).click();
  await opened.page.getByRole('heading', { name: 'Today' }).waitFor();
  return opened;
}

const tile = (page: Page, label: string) => page.locator('.tile', { has: page.getByText(label, { exact: true }) });

describe('history', () => {
  it('asks main for the last 30 days ending today, and nothing else', async () => {
    const opened = await openHistory(bridgeOptions());
    const keys = daysUpTo(NOW, 30);
    expect(await callsTo(opened.page, 'history:get')).toEqual([{ from: keys[0], to: keys[29] }]);
    expect(await callsTo(opened.page, 'today:get')).toEqual([undefined]);
    await closeSettingsWindow(opened);
  });

  it('reads today again when main says something changed, so a window left open keeps up', async () => {
    const opened = await openHistory(bridgeOptions());
    const { page } = opened;
    expect(await tile(page, 'Longest sitting bout').innerText()).toContain('Nothing yet today.');
    await page.evaluate((today) => (window as unknown as { __limberPush: (t: unknown) => void }).__limberPush(today), { ...zeroDay(), sittingSeconds: 75 * MIN, longestBoutSeconds: 75 * MIN, boutCount: 1 });
    await expect.poll(() => tile(page, 'Longest sitting bout').innerText()).toContain('1 h 15 min');
    expect(await callsTo(page, 'today:get')).toEqual([undefined, undefined]);
    await closeSettingsWindow(opened);
  });

  it('with no history yet: zeros for today, and a friendly word instead of an empty chart', async () => {
    const opened = await openHistory(bridgeOptions());
    const { page } = opened;
    expect(await tile(page, 'Sitting').innerText()).toContain('0 min');
    expect(await tile(page, 'Longest sitting bout').innerText()).toContain('Nothing yet today.');
    expect(await page.getByText('No days recorded yet.').isVisible()).toBe(true);
    expect(await page.locator('svg').count()).toBe(0);
    await closeSettingsWindow(opened);
  });

  it('with one day: today’s numbers, one bar with its numbers on focus, and the same in the table', async () => {
    const today = {
      ...zeroDay(),
      sittingSeconds: 185 * MIN,
      longestBoutSeconds: 72 * MIN,
      boutCount: 5,
      breaksTaken: 3,
      postureBreaks: 1,
      breaksSkipped: 1,
      breaksIgnored: 2,
      naturalBreaks: 2,
      uprightSeconds: 40 * MIN,
    };
    const key = daysUpTo(NOW, 1)[0]!;
    const opened = await openHistory(bridgeOptions({ today, history: { days: [{ day: key, summary: today }], events: [] } }));
    const { page } = opened;

    expect(await tile(page, 'Sitting').innerText()).toContain('3 h 5 min');
    const longest = tile(page, 'Longest sitting bout');
    expect(await longest.innerText()).toContain('1 h 12 min');
    expect(await longest.innerText()).toContain('Goal: 30 min or less');
    // Past 60 minutes the bar turns amber, with a kind word rather than a telling-off.
    expect(await longest.locator('.goal-fill').getAttribute('class')).toBe('goal-fill long');
    expect(await longest.innerText()).toContain('A long one. Standing up for a minute sooner helps your back.');
    expect(await tile(page, 'Breaks').innerText()).toMatch(/4\s*taken\s*1\s*skipped\s*2\s*ignored\s*2\s*on your own/);
    // Unanswered through every reminder is counted apart from a skip, and said what it means.
    expect(await tile(page, 'Breaks').innerText()).toContain('“Ignored” means a break went unanswered through every reminder');
    expect(await tile(page, 'Upright').innerText()).toContain('40 min');
    expect(await tile(page, 'Upright').innerText()).toContain('80 minutes to go');

    const bars = page.getByRole('img');
    expect(await bars.count()).toBe(7);
    const readout = page.locator('.chart-readout');
    await page.getByRole('img', { name: /^Fri 20 Mar/ }).focus();
    expect(await readout.innerText()).toBe('Fri 20 Mar: sitting 3 h 5 min, longest bout 1 h 12 min, 6 breaks');
    await page.getByRole('img', { name: /^Thu 19 Mar/ }).hover();
    expect(await readout.innerText()).toBe('Thu 19 Mar: nothing recorded');

    await page.getByText('Show these days as a table').click();
    const row = page.getByRole('row', { name: /Fri 20 Mar/ });
    expect((await row.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual(['3 h 5 min', '1 h 12 min', '4', '2', '1', '2', '40 min']);
    expect(await page.getByRole('row').count()).toBe(8);
    await closeSettingsWindow(opened);
  });

  it('with 30 days: a bar per day, the longest stretch and breaks on each, switching between 7 and 30 days', async () => {
    const month = monthOfHistory(NOW);
    const opened = await openHistory(bridgeOptions({ today: month.today, history: month.view }));
    const { page } = opened;
    expect(await page.getByRole('img').count()).toBe(7);
    await page.getByRole('button', { name: '30 days' }).click();
    expect(await page.getByRole('heading', { name: 'Last 30 days' }).isVisible()).toBe(true);
    expect(await page.getByRole('img').count()).toBe(30);
    expect(await page.locator('.bar-sitting').count()).toBe(month.view.days.length);
    expect(await page.locator('.bar-longest').count()).toBe(month.view.days.length);

    // The chart is one Tab stop, on the newest day; the arrow keys, Home and End walk the bars.
    expect(await page.locator('.bar-target[tabindex="0"]').count()).toBe(1);
    await page.locator('.bar-target[tabindex="0"]').focus();
    const focusedDay = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(':')[0]);
    const newest = await focusedDay();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDay()).not.toBe(newest);
    await page.keyboard.press('End');
    expect(await focusedDay()).toBe(newest);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.bar-target')[0])).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('bar-target'))).toBe(false);

    // Every bar that was drawn says the same as its row in the table.
    await page.getByText('Show these days as a table').click();
    for (const { day, summary } of month.view.days.slice(0, 5)) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const label = new Date(y, m - 1, d, 12).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
      const breaks = summary.breaksTaken + summary.postureBreaks + summary.naturalBreaks;
      expect(await page.getByRole('img', { name: new RegExp(`^${label}:`) }).getAttribute('aria-label')).toMatch(new RegExp(`${breaks} breaks?$`));
      expect(await page.getByRole('row', { name: new RegExp(label) }).count()).toBe(1);
    }
    // A day past 90 minutes turns the longest-stretch bar red.
    const veryLong = { ...month.today, longestBoutSeconds: 95 * MIN };
    await closeSettingsWindow(opened);
    const again = await openHistory(bridgeOptions({ today: veryLong, history: month.view }));
    expect(await tile(again.page, 'Longest sitting bout').locator('.goal-fill').getAttribute('class')).toBe('goal-fill very-long');
    await closeSettingsWindow(again);
  });

  it('exports through main, which owns the save dialog, and says where the file went', async () => {
    const opened = await openHistory(bridgeOptions());
    const { page } = opened;
    await page.getByRole('button', { name: 'Export history as CSV…' }).click();
    await page.getByText('Saved to /home/sam/Documents/limber-history.csv').waitFor();
    expect(await callsTo(page, 'history:export-csv')).toEqual([undefined]);
    await closeSettingsWindow(opened);

    const cancelled = await openHistory(bridgeOptions({ exportAnswer: { saved: false, path: null } }));
    await cancelled.page.getByRole('button', { name: 'Export history as CSV…' }).click();
    await expect.poll(() => callsTo(cancelled.page, 'history:export-csv')).toHaveLength(1);
    expect(await cancelled.page.getByText(/Saved to/).count()).toBe(0);
    await closeSettingsWindow(cancelled);
  });

  it('never asks for a file itself: every request is a bridge call, and nothing but the page’s own files is fetched', async () => {
    const month = monthOfHistory(NOW);
    const opened = await openHistory(bridgeOptions({ today: month.today, history: month.view }));
    expect(opened.origin.requests.every((url) => url.startsWith('http://app.test/') && !url.includes('history'))).toBe(true);
    await closeSettingsWindow(opened);
  });
});
