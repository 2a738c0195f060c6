/*
 * The real app under Playwright's _electron, with a throwaway user-data folder: it starts into the tray, the
 * "Stretch now" path opens the break window from app://, the routine is played to the end in the page, and the
 * window closes itself. Run by test/e2e/run.mjs when an Electron binary exists.
 *
 * The tray itself has no automation API; that it was drawn is checked through what its drawing also writes
 * (the status line, rewritten on every render).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';

async function poll(what, check, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function runShellSpec({ executablePath, appDir }) {
  const userData = mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const app = await electron.launch({
    executablePath,
    args: [appDir, `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  try {
    await app.evaluate(({ app }) => app.whenReady());

    const status = await poll('the tray status line', () => {
      try {
        return readFileSync(join(userData, 'status.txt'), 'utf8').trim();
      } catch {
        return null;
      }
    });
    assert.match(status, /Sitting|Not sitting|Away|Paused|Outside/);

    // Close the first-run Settings window, then ask for a stretch the way a second launch (or the tray) does.
    for (const page of app.windows()) await page.close();
    const breakWindow = app.waitForEvent('window');
    await app.evaluate(({ app }) => {
      app.emit('second-instance', { preventDefault() {} }, ['--stretch'], process.cwd(), { argv: ['--stretch'] });
    });
    const page = await breakWindow;
    await page.waitForLoadState('domcontentloaded');
    assert.equal(page.url(), 'app://limber/break.html');
    assert.equal(app.windows().length, 1);

    // The bridge is exactly the contract's, and refuses what is not in it.
    const bridge = await page.evaluate(async () => {
      const api = globalThis.limber;
      const plan = await api.invoke('break:get-plan');
      const unknown = await api.invoke('nope').then(() => 'accepted', (e) => String(e));
      return { plan, unknown, exposed: Object.keys(api).sort() };
    });
    assert.deepEqual(bridge.exposed, ['invoke', 'onStateChanged', 'version']);
    assert.match(bridge.unknown, /Unknown channel/);

    // The routine is played in real time through the page, as a user would: main counts a routine cut short as
    // stopped early, so skipping through it would not be a break.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Nice work — thank you!').waitFor({ timeout: (bridge.plan.routine.seconds + 60) * 1000 });
    await poll('the break window to close itself', () => app.windows().length === 0, 30_000);

    const historyDir = join(userData, 'history');
    const lines = readdirSync(historyDir).flatMap((f) => readFileSync(join(historyDir, f), 'utf8').split('\n').filter(Boolean));
    const breaks = lines.map((line) => JSON.parse(line)).filter((event) => event.type === 'break');
    assert.equal(breaks.length, 1, 'one break was written to history');
    assert.equal(breaks[0].partial, false);
  } finally {
    await app.close().catch(() => {});
    rmSync(userData, { recursive: true, force: true });
  }
}
