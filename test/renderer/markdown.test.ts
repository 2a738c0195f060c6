import { describe, expect, it } from 'vitest';
import { parseLines, parseSpans } from '../../renderer/settings/why/markdown.js';

/* The catalogues' long texts: one Markdown block per line, and what a reader of the page gets from each. */

describe('parseLines', () => {
  it('reads headings, paragraphs and lists, one block per line', () => {
    const blocks = parseLines(['# Title', 'First paragraph.', '## Part', '- one', '- two goes on', 'After.', '- again']);
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'Title' }] },
      { kind: 'paragraph', spans: [{ text: 'First paragraph.' }] },
      { kind: 'heading', level: 2, spans: [{ text: 'Part' }] },
      { kind: 'list', items: [[{ text: 'one' }], [{ text: 'two goes on' }]] },
      { kind: 'paragraph', spans: [{ text: 'After.' }] },
      { kind: 'list', items: [[{ text: 'again' }]] },
    ]);
  });

  it('marks strong and emphasised words, and leaves everything else as the characters written', () => {
    expect(parseSpans('after **30 minutes** of *unbroken* sitting')).toEqual([
      { text: 'after ' },
      { text: '30 minutes', style: 'strong' },
      { text: ' of ' },
      { text: 'unbroken', style: 'em' },
      { text: ' sitting' },
    ]);
    const literal = '<img src=x onerror=alert(1)> [a link](https://example.com) `code` #### deep * lone star';
    expect(parseLines([literal])).toEqual([{ kind: 'paragraph', spans: [{ text: literal }] }]);
  });

  it('skips empty lines and the spaces around a line', () => {
    expect(parseLines(['  # A ', '', '- b\r'])).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'A' }] },
      { kind: 'list', items: [[{ text: 'b' }]] },
    ]);
  });
});
