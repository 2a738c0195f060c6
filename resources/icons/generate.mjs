#!/usr/bin/env node
/*
 * Renders every icon from limber.svg. Run it after editing the SVG and commit the output: CI never runs it, so
 * it may use rsvg-convert (Debian: `apt-get install librsvg2-bin`), which builds do not have.
 *
 *   node resources/icons/generate.mjs
 *
 * Tray icons, one per state (tracking, break-due, paused, idle-unavailable):
 *   tray-<state>.png / @2x          Linux (16 and 32 px; SNI hosts scale)
 *   tray-<state>Template.png / @2x  macOS menu bar: black and alpha only, tinted by the system
 *   tray-<state>.ico                Windows: 16, 20, 24, 32, 48 px in one file
 * App icon: icon.png (512), icon-256.png, icon.ico.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'limber.svg'), 'utf8');
const STATES = ['tracking', 'break-due', 'paused', 'idle-unavailable'];

/** The SVG with one badge shown (or none), the background optionally shown, and the ink set. */
function variant({ badge = null, background = false, ink = '#000' }) {
  let svg = source.replace(/color="#000"/g, `color="${ink}"`);
  if (badge) svg = svg.replace(`<g id="badge-${badge}" display="none">`, `<g id="badge-${badge}">`);
  if (background) svg = svg.replace('<g id="app-background" display="none">', '<g id="app-background">');
  return svg;
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

for (const state of STATES) {
  const badge = state === 'tracking' ? null : state;
  // Linux panels are mostly dark; a light grey reads on dark and still shows on light ones.
  const linux = variant({ badge, ink: '#e8e8e8' });
  write(`tray-${state}.png`, png(linux, 16));
  write(`tray-${state}@2x.png`, png(linux, 32));
  const template = variant({ badge, ink: '#000' });
  write(`tray-${state}Template.png`, png(template, 16));
  write(`tray-${state}Template@2x.png`, png(template, 32));
  // Windows taskbars may be light or dark; the app's teal reads on both.
  const windows = variant({ badge, ink: '#2f9c86' });
  write(`tray-${state}.ico`, ico([16, 20, 24, 32, 48].map((size) => ({ size, data: png(windows, size) }))));
}

const app = variant({ background: true, ink: '#ffffff' });
write('icon.png', png(app, 512));
write('icon-256.png', png(app, 256));
write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(app, size) }))));
console.log('icons written to', here);
