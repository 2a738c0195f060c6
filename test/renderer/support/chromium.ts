import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The renderer is proven in Debian's Chromium, not a downloaded Playwright build: CI can reach only the npm
 * registry and the Debian mirrors. A missing browser fails the run loudly, never skips it.
 */
export const CHROMIUM = process.env['LIMBER_CHROMIUM'] ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `extraArgs` add to the fixed flags, for a run that needs one more (the frame bench turns off the frame-rate limit). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The renderer tests need Debian's chromium: ` +
        'run `apt-get update && apt-get install -y chromium` (.ci/run does this), or point LIMBER_CHROMIUM at a binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}
