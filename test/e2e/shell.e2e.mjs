/*
 * The real app under Playwright's _electron, with a throwaway user-data folder: it starts into the tray, the
 * "Stretch now" path opens the break window from app://, the routine runs to the end through the page's own
 * bridge, and the window goes away again. Run by test/e2e/run.mjs when an Electron binary exists.
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

    const result = await page.evaluate(async () => {
      const api = globalThis.limber;
      const plan = await api.invoke('break:get-plan');
      await api.invoke('break:started', { routineId: plan.routine.id });
      await api.invoke('break:finished', { routineId: plan.routine.id, posture: plan.routine.posture, seconds: plan.routine.seconds, completed: true });
      const today = await api.invoke('today:get');
      const unknown = await api.invoke('nope').then(() => 'accepted', (e) => String(e));
      void api.invoke('break:close');
      return { today, unknown, exposed: Object.keys(api).sort() };
    });
    assert.deepEqual(result.exposed, ['invoke', 'onStateChanged', 'version']);
    assert.match(result.unknown, /Unknown channel/);
    assert.ok(result.today.breaksTaken + result.today.postureBreaks >= 1);
    await poll('the break window to close', () => app.windows().length === 0);

    const historyDir = join(userData, 'history');
    const lines = readdirSync(historyDir).flatMap((f) => readFileSync(join(historyDir, f), 'utf8').split('\n').filter(Boolean));
    assert.ok(lines.some((line) => JSON.parse(line).type === 'break'), 'a break was written to history');
  } finally {
    await app.close().catch(() => {});
    rmSync(userData, { recursive: true, force: true });
  }
}
