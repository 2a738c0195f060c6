import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseSpans } from '../../renderer/settings/why/markdown.js';

/* The content pages' Markdown subset: what a reader of the page gets from each construct the files use. */

describe('parseMarkdown', () => {
  it('reads headings, paragraphs over several lines and lists', () => {
    const blocks = parseMarkdown('# Title\n\nFirst line\nsecond line.\n\n## Part\n- one\n- two\n  goes on\n\nAfter.\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'Title' }] },
      { kind: 'paragraph', spans: [{ text: 'First line second line.' }] },
      { kind: 'heading', level: 2, spans: [{ text: 'Part' }] },
      { kind: 'list', items: [[{ text: 'one' }], [{ text: 'two goes on' }]] },
      { kind: 'paragraph', spans: [{ text: 'After.' }] },
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
    expect(parseMarkdown(literal)).toEqual([{ kind: 'paragraph', spans: [{ text: literal }] }]);
  });

  it('reads Windows line ends like any other', () => {
    expect(parseMarkdown('# A\r\n\r\n- b\r\n')).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'A' }] },
      { kind: 'list', items: [[{ text: 'b' }]] },
    ]);
  });
});
