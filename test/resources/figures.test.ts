import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { motionFor } from '../../electron/common/figure/library.js';
import { skeletonOfPose } from '../../electron/common/figure/motion.js';
import { stillSvg } from '../../renderer/figure/still.js';

const dir = fileURLToPath(new URL('../../resources/figures/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
const exercises = [...defaultCatalogue.library.exercises.values()];

type Node = Record<string, unknown>;
function* walk(node: unknown, name = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child, name);
  else if (!node || typeof node !== 'object') yield [name, {}];
  else {
    yield [name, node as Node];
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('@_')) yield* walk(child, key);
  }
}

describe('figures', () => {
  it.each(exercises.map((e) => [e.id, e.figure] as const))('%s: the committed still is the held pose the body model draws now (npm run figures)', (id, file) => {
    const motion = motionFor(id)!;
    expect(readFileSync(dir + file, 'utf8')).toBe(stillSvg(motion, skeletonOfPose(motion, motion.heldPose)));
  });

  it('exist for every exercise, and every figure belongs to an exercise', () => {
    for (const e of exercises) expect(files, e.id).toContain(e.figure);
    expect(files.sort()).toEqual(exercises.map((e) => e.figure).sort());
  });

  it.each(files)('%s is safe, self-contained line art', (file) => {
    const text = readFileSync(dir + file, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text) as Node;
    const svg = doc.svg as Node | undefined;
    expect(svg, 'root element').toBeDefined();
    expect(Object.keys(doc).filter((k) => !k.startsWith('?'))).toEqual(['svg']);
    expect(svg?.['@_viewBox']).toBe('0 0 160 160');
    expect(text).toContain('currentColor');
    // Colours only in the one style sheet, which follows the system theme like the window does.
    const style = String(svg?.['style'] ?? '');
    expect(style).toContain('prefers-color-scheme:dark');
    expect(style).not.toMatch(/url\(|@import|expression/i);
    expect(text.replace(/<style>[^<]*<\/style>/, '')).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
    for (const [name, node] of walk(svg, 'svg')) {
      expect(['script', 'foreignObject', 'text', 'image', 'use', 'a']).not.toContain(name);
      for (const attr of Object.keys(node).filter((k) => k.startsWith('@_'))) {
        expect(attr, `${name} ${attr}`).not.toMatch(/^@_(on|.*href$)/i);
        expect(String(node[attr]), `${name} ${attr}`).not.toMatch(/url\(|javascript:/i);
      }
    }
  });
});
