#!/usr/bin/env node
/*
 * Renders every icon from limber.svg. Run it after editing the SVG and commit the output: CI never runs it, so
 * it may use rsvg-convert (Debian: `apt-get install librsvg2-bin`), which builds do not have.
 *
 *   node resources/icons/generate.mjs
 *
 * Tray glyphs (see electron/common/tray-icon.ts for which one shows when):
 *   tracking, sitting-0…3 (a ring filling in quarters), break-due, paused, idle-unavailable
 * Files:
 *   tray-<glyph>.png / @2x               Linux, 16 and 32 px. The panel's colour cannot be known there (GNOME's
 *                                         top bar is dark under a light theme), so one mid-tone ink holds at
 *                                         3:1 or better on both light and dark panels.
 *   tray-<glyph>-on-light.ico / -on-dark  Windows, 16, 20, 24, 32, 48 px: dark ink for a light taskbar and light
 *                                         ink for a dark one, picked from the system theme.
 *   tray-<state>Template.png / @2x        macOS menu bar: black and alpha only, tinted by the system. No
 *                                         progress glyphs: macOS shows the minutes as the tray title instead.
 * "Break due" is orange wherever colour is possible. App icon: icon.png (512), icon-256.png, icon.ico.
 * test/resources/tray-icons.test.ts checks every shipped image for contrast and distinctness and draws the sheet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'limber.svg'), 'utf8');

/** Each glyph and the mark it shows; `tracking` is the figure alone. */
const GLYPHS = {
  tracking: null,
  'sitting-0': 'progress-0',
  'sitting-1': 'progress-1',
  'sitting-2': 'progress-2',
  'sitting-3': 'progress-3',
  'break-due': 'break-due',
  paused: 'paused',
  'idle-unavailable': 'idle-unavailable',
};
const MAC_GLYPHS = ['tracking', 'break-due', 'paused', 'idle-unavailable'];

/** Inks: `ink` for the figure and most marks, `alert` for the whole icon when a break is due. */
const INKS = {
  // Mid-tones: teal L≈0.20 and orange L≈0.21 are ≥ 3.3:1 against both #f0f0f0 and #2b2b2b.
  both: { ink: '#2a8a78', alert: '#d05a1a' },
  onLight: { ink: '#1c1c1c', alert: '#c2410c' },
  onDark: { ink: '#f5f5f5', alert: '#fb923c' },
  template: { ink: '#000', alert: '#000' },
};

/** The SVG with one mark shown (or none), the figure cut back around it, the background optionally shown. */
function variant({ mark = null, background = false, ink = '#000' }) {
  let svg = source.replace(/color="#000"/g, `color="${ink}"`);
  if (mark) {
    svg = svg.replace(`<g id="mark-${mark}" display="none"`, `<g id="mark-${mark}"`);
    svg = svg.replace('<g id="figure"', '<g id="figure" mask="url(#cut-figure)"');
  }
  if (background) svg = svg.replace('<g id="app-background" display="none">', '<g id="app-background">');
  return svg;
}

function glyphSvg(glyph, inks) {
  return variant({ mark: GLYPHS[glyph], ink: glyph === 'break-due' ? inks.alert : inks.ink });
}

function png(svg, size) {
  return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png'], { input: svg });
}

/** A Windows icon holding PNG images (valid since Vista): a 6-byte header, 16-byte entries, then the images. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const write = (name, data) => writeFileSync(join(here, name), data);
const WINDOWS_SIZES = [16, 20, 24, 32, 48];

for (const glyph of Object.keys(GLYPHS)) {
  const linux = glyphSvg(glyph, INKS.both);
  write(`tray-${glyph}.png`, png(linux, 16));
  write(`tray-${glyph}@2x.png`, png(linux, 32));
  for (const [panel, inks] of [['light', INKS.onLight], ['dark', INKS.onDark]]) {
    const svg = glyphSvg(glyph, inks);
    write(`tray-${glyph}-on-${panel}.ico`, ico(WINDOWS_SIZES.map((size) => ({ size, data: png(svg, size) }))));
  }
}
for (const glyph of MAC_GLYPHS) {
  const template = glyphSvg(glyph, INKS.template);
  write(`tray-${glyph}Template.png`, png(template, 16));
  write(`tray-${glyph}Template@2x.png`, png(template, 32));
}

const app = variant({ background: true, ink: '#ffffff' });
write('icon.png', png(app, 512));
write('icon-256.png', png(app, 256));
write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(app, size) }))));
console.log('icons written to', here);
