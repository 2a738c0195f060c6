import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exerciseData, routineData } from '../../electron/common/routine-resources.js';

const resources = fileURLToPath(new URL('../../resources/', import.meta.url));
const read = (path: string) => readFileSync(resources + path, 'utf8');
const ids = (data: readonly unknown[]) => data.map((x) => (x as { id: string }).id).sort();

describe('content files', () => {
  it('imports every exercise and routine file, under its own id', () => {
    const names = (folder: string) => readdirSync(resources + folder).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(ids(exerciseData)).toEqual(names('exercises'));
    expect(ids(routineData)).toEqual(names('routines'));
  });

  it('states the evidence for 30-minute intervals and 2–3-minute breaks with citations', () => {
    const text = read('content/why-breaks.md');
    expect(text).toMatch(/30 minutes/);
    expect(text).toMatch(/2 to 3 minutes/);
    for (const cite of ['Diaz', 'Dunstan', 'Dempsey', 'Bailey', 'Buckley']) expect(text).toContain(cite);
  });

  it('carries the safety copy', () => {
    const text = read('content/safety.md');
    for (const phrase of [/doctor/, /surgery/, /pregnant/, /mild stretch/, /never hurt/, /ease off or stop/]) expect(text).toMatch(phrase);
  });

  it('makes none of the unsupported seed claims', () => {
    const all = [read('content/why-breaks.md'), read('content/safety.md'), ...[...exerciseData, ...routineData].map((x) => JSON.stringify(x))].join('\n');
    expect(all).not.toMatch(/kidney|digestion|colon|cures?\b|blockade|mattress|chest touches/i);
  });
});
