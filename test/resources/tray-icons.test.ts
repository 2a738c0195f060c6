import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAY_GLYPHS, MAC_TRAY_GLYPHS, trayIconFile, type TrayGlyph } from '../../electron/common/tray-icon.js';
import { launchChromium } from '../renderer/support/chromium.js';

/*
 * The shipped tray images, decoded by Chromium exactly as committed (the PNGs, and the PNGs inside each .ico),
 * put on a light and a dark panel, and measured: the ink must stand out from the panel, every state must differ
 * from every other at 16 px, and "break due" must be in colour where the platform allows it. The same images are
 * drawn into out/test-artifacts/tray-icons.png, a sheet to look at.
 */

const ICONS = fileURLToPath(new URL('../../resources/icons/', import.meta.url));
const SHEET = fileURLToPath(new URL('../../out/test-artifacts/tray-icons.png', import.meta.url));

/** A light panel (Windows 11, KDE Breeze, GNOME Classic) and a dark one (Windows 11 #202020, Breeze #2a2e32). */
const PANELS = { light: [0xf0, 0xf0, 0xf0], dark: [0x2b, 0x2b, 0x2b] } as const;
type Panel = keyof typeof PANELS;
/** WCAG 1.4.11: the parts of a graphic needed to understand it have at least 3:1 against what is next to them. */
const MIN_CONTRAST = 3;

interface Decoded {
  size: number;
  rgba: number[];
}

interface Shown {
  platform: 'linux' | 'win32' | 'darwin';
  panel: Panel;
  glyph: TrayGlyph;
  /** 1 for the 16 px image, 2 for the 32 px one. */
  scale: 1 | 2;
  png: Buffer;
  /** macOS draws template images in its own ink: black on a light menu bar, white on a dark one. */
  tint: readonly number[] | null;
}

/** The PNG stored for one size in a PNG-in-ICO file. */
function icoEntry(file: Buffer, size: number): Buffer {
  const count = file.readUInt16LE(4);
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    if (file.readUInt8(entry) === size) return file.subarray(file.readUInt32LE(entry + 12), file.readUInt32LE(entry + 12) + file.readUInt32LE(entry + 8));
  }
  throw new Error(`no ${size} px image`);
}

function shownImages(): Shown[] {
  const shown: Shown[] = [];
  for (const panel of ['light', 'dark'] as const) {
    const theme = panel === 'dark' ? 'dark' : 'light';
    for (const glyph of TRAY_GLYPHS) {
      const linux = path.join(ICONS, trayIconFile(glyph, 'linux', theme));
      shown.push({ platform: 'linux', panel, glyph, scale: 1, png: readFileSync(linux), tint: null });
      shown.push({ platform: 'linux', panel, glyph, scale: 2, png: readFileSync(linux.replace(/\.png$/, '@2x.png')), tint: null });
      const ico = readFileSync(path.join(ICONS, trayIconFile(glyph, 'win32', theme)));
      shown.push({ platform: 'win32', panel, glyph, scale: 1, png: icoEntry(ico, 16), tint: null });
      shown.push({ platform: 'win32', panel, glyph, scale: 2, png: icoEntry(ico, 32), tint: null });
    }
    for (const glyph of MAC_TRAY_GLYPHS) {
      const tint = panel === 'dark' ? [255, 255, 255] : [0, 0, 0];
      const mac = path.join(ICONS, trayIconFile(glyph, 'darwin', theme));
      shown.push({ platform: 'darwin', panel, glyph, scale: 1, png: readFileSync(mac), tint });
      shown.push({ platform: 'darwin', panel, glyph, scale: 2, png: readFileSync(mac.replace(/\.png$/, '@2x.png')), tint });
    }
  }
  return shown;
}

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The fully opaque pixels: the ink itself, without the anti-aliased rim that blends into the panel. */
function inkPixels(image: Decoded, tint: readonly number[] | null): number[][] {
  const pixels: number[][] = [];
  for (let i = 0; i < image.rgba.length; i += 4) {
    if (image.rgba[i + 3]! >= 242) pixels.push(tint ? [...tint] : image.rgba.slice(i, i + 3));
  }
  return pixels;
}

function shape(image: Decoded): boolean[] {
  const mask: boolean[] = [];
  for (let i = 3; i < image.rgba.length; i += 4) mask.push(image.rgba[i]! >= 128);
  return mask;
}

function differingPixels(a: Decoded, b: Decoded): number {
  const [x, y] = [shape(a), shape(b)];
  return x.filter((v, i) => v !== y[i]).length;
}

const key = (s: Pick<Shown, 'platform' | 'panel' | 'glyph' | 'scale'>) => `${s.platform} ${s.panel} ${s.glyph} @${s.scale}x`;

describe('tray icons on light and dark panels', () => {
  let browser: Browser;
  const shown = shownImages();
  const decoded = new Map<string, Decoded>();

  beforeAll(async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const images = await page.evaluate(async (sources: string[]) => {
      const out: Array<{ size: number; rgba: number[] }> = [];
      for (const src of sources) {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        out.push({ size: bitmap.width, rgba: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] });
      }
      return out;
    }, shown.map((s) => `data:image/png;base64,${s.png.toString('base64')}`));
    shown.forEach((s, i) => decoded.set(key(s), images[i]!));
    await page.close();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('has every image at the size its platform asks for', () => {
    for (const s of shown) expect(decoded.get(key(s))!.size, key(s)).toBe(16 * s.scale);
  });

  it('draws every state in an ink with at least 3:1 contrast against the panel it is shown on', () => {
    const failures: string[] = [];
    for (const s of shown) {
      const image = decoded.get(key(s))!;
      const ink = inkPixels(image, s.tint);
      const panel = PANELS[s.panel];
      const worst = Math.min(...ink.map((p) => contrast(p, panel)));
      // A glyph so thin it has almost no solid pixels at 16 px would pass on contrast and still not be seen.
      if (ink.length < 10 * s.scale * s.scale) failures.push(`${key(s)}: only ${ink.length} solid pixels`);
      if (!(worst >= MIN_CONTRAST)) failures.push(`${key(s)}: ${worst.toFixed(2)}:1`);
    }
    expect(failures).toEqual([]);
  });

  it('tells every state from every other at 16 px by shape, not by colour alone', () => {
    const states: TrayGlyph[] = ['tracking', 'sitting-0', 'break-due', 'paused', 'idle-unavailable'];
    for (const platform of ['linux', 'win32'] as const) {
      for (const a of states) {
        for (const b of states) {
          if (a >= b) continue;
          const one = decoded.get(key({ platform, panel: 'light', glyph: a, scale: 1 }))!;
          const other = decoded.get(key({ platform, panel: 'light', glyph: b, scale: 1 }))!;
          expect(differingPixels(one, other), `${platform} ${a} vs ${b}`).toBeGreaterThanOrEqual(10);
        }
      }
      // The progress ring fills visibly at each step.
      for (let step = 1; step <= 3; step++) {
        const before = decoded.get(key({ platform, panel: 'light', glyph: `sitting-${step - 1}` as TrayGlyph, scale: 1 }))!;
        const after = decoded.get(key({ platform, panel: 'light', glyph: `sitting-${step}` as TrayGlyph, scale: 1 }))!;
        expect(differingPixels(before, after), `${platform} step ${step}`).toBeGreaterThanOrEqual(3);
      }
    }
    for (const a of MAC_TRAY_GLYPHS) {
      for (const b of MAC_TRAY_GLYPHS) {
        if (a >= b) continue;
        const one = decoded.get(key({ platform: 'darwin', panel: 'light', glyph: a, scale: 1 }))!;
        const other = decoded.get(key({ platform: 'darwin', panel: 'light', glyph: b, scale: 1 }))!;
        expect(differingPixels(one, other), `darwin ${a} vs ${b}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('draws "break due" in orange on Linux and Windows, and every other state in a neutral or brand ink', () => {
    const warm = (p: number[]) => p[0]! - p[2]! > 90 && p[0]! > p[1]!;
    for (const s of shown.filter((x) => x.platform !== 'darwin')) {
      const ink = inkPixels(decoded.get(key(s))!, null);
      const share = ink.filter(warm).length / ink.length;
      if (s.glyph === 'break-due') expect(share, key(s)).toBeGreaterThan(0.95);
      else expect(share, key(s)).toBe(0);
    }
  });

  it('renders the sheet of every state on both panels at 1× and 2×', async () => {
    const rows = (['linux', 'win32', 'darwin'] as const).flatMap((platform) =>
      (['light', 'dark'] as const).map((panel) => ({ platform, panel, cells: shown.filter((s) => s.platform === platform && s.panel === panel) })),
    );
    const cell = (s: Shown) => {
      const src = `data:image/png;base64,${s.png.toString('base64')}`;
      // On a 2× screen the 32 px image fills 16 layout px; on this 1× sheet it is drawn at its own 32 px.
      const size = 16 * s.scale;
      const style = s.tint ? `background:${s.panel === 'dark' ? '#fff' : '#000'};-webkit-mask:url(${src}) center/contain` : `background:url(${src}) center/contain`;
      return `<span class="i" style="width:${size}px;height:${size}px;${style}"></span><span class="z" style="width:${size * (s.scale === 1 ? 4 : 3)}px;height:${size * (s.scale === 1 ? 4 : 3)}px;${style}"></span>`;
    };
    const html = `<!doctype html><style>
      body{margin:0;font:12px sans-serif;background:#888}
      .row{display:flex;flex-wrap:wrap;align-items:flex-end;gap:10px;padding:8px 12px}
      .row>span.br{flex-basis:100%;height:0}
      .row b{width:120px}
      .g{display:flex;flex-direction:column;align-items:center;gap:4px;font-size:9px}
      .i,.z{display:inline-block;image-rendering:pixelated}
      .light{background:#f0f0f0;color:#222}.dark{background:#2b2b2b;color:#eee}
    </style>${rows
      .map(
        (r) =>
          `<div class="row ${r.panel}"><b>${r.platform} · ${r.panel} panel</b>${[1, 2]
            .map((scale) =>
              r.cells
                .filter((s) => s.scale === scale)
                .map((s) => `<span class="g">${cell(s)}<span>${s.glyph} ${scale}×</span></span>`)
                .join(''),
            )
            .join('<span class="br"></span><b></b>')}</div>`,
      )
      .join('')}`;
    const page = await browser.newPage({ viewport: { width: 1200, height: 200 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    mkdirSync(path.dirname(SHEET), { recursive: true });
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(SHEET, png);
    await page.close();
    expect(png.length).toBeGreaterThan(1000);
  });
});
