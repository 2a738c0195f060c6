import { describe, expect, it } from 'vitest';
import { PAGES } from '../../electron/common/app-origin.js';
import { rendererPages } from '../../vite.renderer.config.js';

describe('renderer build', () => {
  it('builds exactly the pages main opens windows on, and nothing else to ship', () => {
    expect(Object.keys(rendererPages).sort()).toEqual(Object.keys(PAGES).sort());
    for (const [name, file] of Object.entries(rendererPages)) expect(PAGES[name as keyof typeof PAGES]).toBe(`app://limber/${file}`);
  });
});
