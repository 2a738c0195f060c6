import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuiltMain, repoRoot } from '../main/boot-support.js';

/*
 * The built main's chunks (each system's quiet-moment adapters, loaded only on that system) never import
 * index.js back: such a cycle runs main's module body from the chunk's point of view, and a second copy of main
 * starts for anything that loads index.js under another URL.
 */

describe('the built main', () => {
  it('has no chunk that imports index.js', async () => {
    await ensureBuiltMain();
    const assets = join(repoRoot, 'out/main/assets');
    const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => f.startsWith('windows-signals-'))).toBe(true);
    const cyclic = chunks.filter((f) => /\bfrom\s*["']\.\.\/index\.js["']|import\(\s*["']\.\.\/index\.js["']\s*\)/.test(readFileSync(join(assets, f), 'utf8')));
    expect(cyclic).toEqual([]);
  });
});
