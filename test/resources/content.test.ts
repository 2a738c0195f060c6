import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINKS } from '../../electron/common/app-origin.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { englishContent, exerciseData, routineData } from '../../electron/common/routine-resources.js';
import { TRANSLATION_ROOM, translationIssues } from '../../electron/common/routine-words.js';
import sources from '../../resources/content/sources.json' with { type: 'json' };
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { LANGUAGES, type Language } from '../../electron/common/i18n/languages.js';
import { parseLines, type Block } from '../../renderer/settings/why/markdown.js';

const resources = fileURLToPath(new URL('../../resources/', import.meta.url));
const ids = (data: readonly unknown[]) => data.map((x) => (x as { id: string }).id).sort();

const textOf = (spans: Array<{ text: string }>) => spans.map((s) => s.text).join('');
/** Every "(Author et al. 2017; Other 2015)" in a piece of text, one entry per work cited. */
const citesIn = (text: string) => [...text.matchAll(/\(([^()]*\b(?:19|20)\d\d)\)/g)].flatMap((m) => m[1]!.split('; '));

/** A long text of one language's catalogue, one Markdown block per line. */
function linesOf(language: Language, key: 'whyBreaks' | 'safety'): string[] {
  const content = (CATALOGUES[language] as { content?: Record<string, unknown> }).content;
  const lines = content?.[key];
  return Array.isArray(lines) ? (lines as string[]) : [];
}
const whyBreaks = (language: Language = 'en') => linesOf(language, 'whyBreaks');
const safety = (language: Language = 'en') => linesOf(language, 'safety');

/** The list items under each `##` heading of a page. */
function itemsBySection(blocks: Block[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 2) sections.set((current = textOf(block.spans)), []);
    if (block.kind === 'list') sections.get(current)?.push(...block.items.map(textOf));
  }
  return sections;
}

/** What kind of block a line is: `#`, `##`, `###`, a list item or a paragraph. */
const markerOf = (line: string) => /^(#{1,3} |- )/.exec(line)?.[1] ?? '';
const boldIn = (line: string) => [...line.matchAll(/\*\*[^*]+\*\*/g)].length;

describe('content files', () => {
  it('imports every exercise and routine file, under its own id', () => {
    const names = (folder: string) => readdirSync(resources + folder).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(ids(exerciseData)).toEqual(names('exercises'));
    expect(ids(routineData)).toEqual(names('routines'));
  });

  it('states the evidence for 30-minute intervals and 2–3-minute breaks with citations', () => {
    const text = whyBreaks().join('\n');
    expect(text).toMatch(/30 minutes/);
    expect(text).toMatch(/2 to 3 minutes/);
    for (const cite of ['Diaz', 'Dunstan', 'Dempsey', 'Bailey', 'Buckley', 'Hedge']) expect(text).toContain(cite);
  });

  it('backs every point of the evidence with a source, and lists no source it does not use', () => {
    const blocks = parseLines(whyBreaks());
    const cites = sources.map((s) => s.cite);
    for (const [section, items] of itemsBySection(blocks)) {
      if (!section.startsWith('Why ')) continue;
      expect(items.length, section).toBeGreaterThan(0);
      for (const item of items) expect(citesIn(item), item).not.toEqual([]);
    }
    const cited = blocks.flatMap((b) => (b.kind === 'list' ? b.items.map(textOf) : 'spans' in b ? [textOf(b.spans)] : [])).flatMap(citesIn);
    expect(new Set(cited)).toEqual(new Set(cites));
  });

  it('gives every source in full: authors, year, title, journal and an address on the link allowlist', () => {
    for (const source of sources) {
      expect(source.authors, source.id).toMatch(/^[A-Z][\w-]+ [A-Z]{1,3}\b/);
      expect(source.year, source.id).toBeGreaterThanOrEqual(1990);
      expect(source.cite, source.id).toMatch(new RegExp(` ${source.year}$`));
      expect(source.title.length, source.id).toBeGreaterThan(20);
      expect(source.journal, source.id).toMatch(/^[A-Z]/);
      expect(source.details, source.id).toMatch(/\d/);
      expect(new URL(source.url).protocol, source.id).toBe('https:');
      expect(EXTERNAL_LINKS[source.id as keyof typeof EXTERNAL_LINKS], source.id).toBe(source.url);
    }
    const allowlisted = Object.keys(EXTERNAL_LINKS).filter((id) => id.startsWith('source-'));
    expect(sources.map((s) => s.id).sort()).toEqual(allowlisted.sort());
  });

  it('carries the safety copy', () => {
    const text = safety().join('\n');
    for (const phrase of [/doctor/, /surgery/, /pregnant/, /mild stretch/, /never hurt/, /ease off or stop/]) expect(text).toMatch(phrase);
  });

  it('makes none of the unsupported seed claims', () => {
    const all = [...whyBreaks(), ...safety(), JSON.stringify(englishContent)].join('\n');
    expect(all).not.toMatch(/kidney|digestion|colon|cures?\b|blockade|mattress|chest touches/i);
  });
});

describe('the exercise and routine words in every language', () => {
  const english = defaultCatalogue.library.english;

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every exercise and routine, with as many steps as English, in room', (language) => {
    expect(translationIssues(CATALOGUES[language].content, english)).toEqual([]);
  });

  it('finds a missing entry, a different step count, an empty step, text past its room and an unknown id', () => {
    const content = structuredClone(CATALOGUES.de.content) as unknown as {
      exercises: Record<string, { name: string; steps: string[]; safety: string[] } | undefined>;
      routines: Record<string, { name: string; summary: string } | undefined>;
    };
    delete content.routines['back-break'];
    content.exercises['chin-tuck']!.steps.pop();
    content.exercises['walk']!.steps[0] = ' ';
    content.exercises['calf-raise']!.name = 'x'.repeat(Math.round(60 * TRANSLATION_ROOM) + 1);
    content.exercises['wrist-stretch']!.safety.push('Noch etwas.');
    content.exercises['no-such-move'] = { name: 'N', steps: [], safety: [] };
    const issues = translationIssues(content, english);
    expect(issues).toEqual(
      expect.arrayContaining([
        'content.routines.back-break: missing',
        expect.stringMatching(/^content\.exercises\.chin-tuck\.steps: has \d entries, English has \d$/),
        'content.exercises.walk: steps.0: must not be empty',
        `content.exercises.calf-raise: name: must be at most ${Math.round(60 * TRANSLATION_ROOM)} characters`,
        expect.stringMatching(/^content\.exercises\.wrist-stretch\.safety: has \d entries, English has \d$/),
        "content.exercises.no-such-move: there is no exercise 'no-such-move'",
      ]),
    );
    expect(issues).toHaveLength(6);
  });
});

describe('the safety copy', () => {
  it('is written for any country and promises no versions the routines do not have', () => {
    const text = safety().join('\n');
    expect(text).not.toMatch(/\b999\b|\b112\b|\bGP\b|\bNHS\b|shorter versions/);
    expect(text).toContain('local emergency number');
  });
});

describe.each(LANGUAGES)('the Why breaks page and the safety copy in %s', (language) => {
  const cites = new Set(sources.map((s) => s.cite));

  it.each(['whyBreaks', 'safety'] as const)('keeps %s line for line as in English: the same blocks, the same bold words', (key) => {
    const english = linesOf('en', key);
    const own = linesOf(language, key);
    expect(own).toHaveLength(english.length);
    own.forEach((line, i) => {
      expect(line.trim(), `${key}.${i}`).not.toBe('');
      expect(markerOf(line), `${key}.${i}: ${line}`).toBe(markerOf(english[i]!));
      expect(boldIn(line), `${key}.${i}: ${line}`).toBe(boldIn(english[i]!));
    });
  });

  it('cites every claim exactly as English does, each citation a listed source', () => {
    const english = whyBreaks();
    whyBreaks(language).forEach((line, i) => {
      expect(citesIn(line), `whyBreaks.${i}: ${line}`).toEqual(citesIn(english[i]!));
      for (const cite of citesIn(line)) expect(cites.has(cite), `${cite} in whyBreaks.${i}`).toBe(true);
    });
    // Line for line the same citations as English, so every point of the evidence is backed in this language too.
  });

  it('uses only the Markdown the page can show', () => {
    for (const key of ['whyBreaks', 'safety'] as const) {
      const blocks = parseLines(linesOf(language, key));
      expect(blocks[0], key).toMatchObject({ kind: 'heading', level: 1 });
      const texts = blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.spans])).flat().map((s) => s.text);
      for (const text of texts) expect(text, key).not.toMatch(/[*_`<>[\]#]/);
    }
  });
});
