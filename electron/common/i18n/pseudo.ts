import type { CatalogueTree } from './catalogue.js';

/**
 * The pseudo-language: English with every letter accented and about 40 % more length, in brackets. A page run in
 * it shows at a glance any text that bypasses the catalogue (it stays plain), any label that cannot grow, and any
 * string cut short (its closing bracket is missing). Placeholders, Markdown markers and citations are kept as
 * they are, because code and tests read them.
 */

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Kept verbatim: `{{placeholders}}`, `$t(nested keys)`, citations such as "(Diaz et al. 2017)". */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\([^()]*\d{4}[a-z]?\))/;
/** A leading Markdown heading or list marker, kept so the page still parses the block. */
const MARKER = /^(#{1,6} |- )/;

const EXPANSION = 0.4;

export function pseudoText(text: string): string {
  const marker = MARKER.exec(text)?.[0] ?? '';
  const body = text.slice(marker.length);
  const accented = body
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const letters = body.replace(new RegExp(KEEP.source, 'g'), '').length;
  const padding = letters === 0 ? '' : ` ${'·'.repeat(Math.max(1, Math.round(letters * EXPANSION) - 1))}`;
  return `${marker}[${accented}${padding}]`;
}

export function pseudoCatalogue(catalogue: CatalogueTree): CatalogueTree {
  const out: CatalogueTree = {};
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out[key] = pseudoText(value);
    else if (Array.isArray(value)) out[key] = value.map(pseudoText);
    else out[key] = pseudoCatalogue(value);
  }
  return out;
}
