import { closeBreakWindow, openBreakWindow } from './test/renderer/support/break-window.js';
import { ensureRendererBuilt } from './test/renderer/support/built-renderer.js';
import { launchChromium } from './test/renderer/support/chromium.js';
import { plansFor } from './test/renderer/support/fake-bridge.js';

const [routine = 'back-break', scheme = 'light', motion = 'no-preference', advance = '3000', zoom = '1'] = process.argv.slice(2);
await ensureRendererBuilt();
const browser = await launchChromium();
const opened = await openBreakWindow(browser, plansFor(routine), { colorScheme: scheme as 'light', reducedMotion: motion as 'reduce' });
const { page } = opened;
if (zoom !== '1') await page.evaluate((z) => { document.documentElement.style.fontSize = `${Number(z) * 100}%`; }, zoom);
await page.getByRole('button', { name: 'Start' }).click();
for (let i = 0; i < 12; i++) {
  await page.clock.runFor(Number(advance));
  const title = await page.locator('#step-title').innerText().catch(() => 'done');
  const label = await page.locator('.figure').getAttribute('aria-label').catch(() => '');
  await page.screenshot({ path: `/tmp/shot-${routine}-${scheme}-${motion}-${i}.png` });
  console.log(i, title, '|', label);
  if (await page.locator('.figure').count() === 0) break;
  await page.keyboard.press('ArrowRight');
}
await closeBreakWindow(opened).catch((e) => console.log(String(e)));
await browser.close();
