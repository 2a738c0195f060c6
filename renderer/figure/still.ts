import type { Skeleton } from '../../electron/common/figure/body.js';
import { propShapes, shapesOf } from './draw.js';
import type { Motion } from '../../electron/common/figure/motion.js';
import { VIEW_BOX, viewBoxOf } from '../../electron/common/figure/props.js';

/**
 * A figure as standalone SVG markup, for the stills `npm run figures` writes. The player draws the same shapes
 * with React (Figure.tsx); the look here copies figure.css so a still matches the window, light or dark.
 */

export const FIGURE_STYLE = {
  light: { ink: '#1b1e22', bg: '#fbfaf7', accent: '#c2410c' },
  dark: { ink: '#eceef1', bg: '#15181c', accent: '#fb923c' },
} as const;

export const FAR_OPACITY = 0.4;
export const PROP_LINE_OPACITY = 0.5;
export const PROP_FILL_OPACITY = 0.28;
export const GAP_WIDTH = 3;

const styleSheet = () => {
  const { light, dark } = FIGURE_STYLE;
  return (
    `<style>svg{color:${light.ink}}.bg,.gap{fill:${light.bg}}.gap{stroke:${light.bg}}.accent{fill:${light.accent}}.gaze{stroke:${light.accent}}` +
    `@media (prefers-color-scheme:dark){svg{color:${dark.ink}}.bg,.gap{fill:${dark.bg}}.gap{stroke:${dark.bg}}.accent{fill:${dark.accent}}.gaze{stroke:${dark.accent}}}</style>`
  );
};

/** The drawing of one pose in its camera's crop, placed at (x, y) and `size` wide. */
export function figureGroup(motion: Motion, skeleton: Skeleton, x = 0, y = 0, size = VIEW_BOX): string {
  const props = propShapes(motion);
  const shapes = shapesOf(motion, skeleton);
  const out: string[] = [];
  // A camera crop needs a nested <svg> to clip what lies outside it; the whole box is a plain scaled group.
  const { camera } = motion.data;
  out.push(
    camera
      ? `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="${viewBoxOf(camera)}">`
      : `<g transform="translate(${x} ${y}) scale(${size / VIEW_BOX})">`,
  );
  out.push(`<rect class="bg" width="${VIEW_BOX}" height="${VIEW_BOX}"/>`);
  out.push(
    `<g fill="currentColor" opacity="${PROP_FILL_OPACITY}">${props.fills.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" opacity="${PROP_LINE_OPACITY}">${props.lines.map((d) => `<path d="${d}"/>`).join('')}</g>`,
  );
  for (const { layer, parts } of shapes.layers) {
    const drawn = parts.filter((p) => p.d);
    if (drawn.length === 0) continue;
    const fills = drawn.map((p) => `<path d="${p.d}"${p.accent ? ' class="accent"' : ''}/>`).join('');
    if (layer === 'far') out.push(`<g fill="currentColor" opacity="${FAR_OPACITY}">${fills}</g>`);
    else out.push(`<g class="gap" stroke-width="${GAP_WIDTH}" stroke-linejoin="round">${drawn.map((p) => `<path d="${p.d}"/>`).join('')}</g><g fill="currentColor">${fills}</g>`);
  }
  if (shapes.gaze) out.push(`<path class="gaze" d="${shapes.gaze}" fill="none" stroke-width="1.6" stroke-dasharray="1 4" stroke-linecap="round"/>`);
  out.push(camera ? '</svg>' : '</g>');
  return out.join('');
}

export function stillSvg(motion: Motion, skeleton: Skeleton): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW_BOX} ${VIEW_BOX}">${styleSheet()}${figureGroup(motion, skeleton)}</svg>\n`;
}

/** Every exercise's key poses in rows, labelled by exercise id, for review. */
export function contactSheetSvg(rows: Array<{ label: string; frames: Skeleton[]; motion: Motion }>, columns = 2): string {
  const cell = 96;
  const gap = 8;
  const labelHeight = 16;
  const maxFrames = Math.max(...rows.map((r) => r.frames.length));
  const rowWidth = maxFrames * (cell + gap);
  const width = columns * (rowWidth + gap * 2) + gap;
  const rowCount = Math.ceil(rows.length / columns);
  const height = rowCount * (cell + labelHeight + gap) + gap;
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const x0 = gap + (i % columns) * (rowWidth + gap * 2);
    const y0 = gap + Math.floor(i / columns) * (cell + labelHeight + gap);
    parts.push(`<text x="${x0}" y="${y0 + 11}" font-family="sans-serif" font-size="11" fill="currentColor">${row.label}</text>`);
    row.frames.forEach((frame, j) => parts.push(figureGroup(row.motion, frame, x0 + j * (cell + gap), y0 + labelHeight, cell)));
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${styleSheet()}` +
    `<rect class="bg" width="${width}" height="${height}"/>${parts.join('')}</svg>\n`
  );
}
