/**
 * The little Markdown the content files in resources/content use: `#` to `###` headings, paragraphs, `-` lists,
 * `**strong**` and `*emphasis*`. It becomes plain data that React renders as text, so nothing in a content file
 * can ever become markup. Anything outside the subset stays as the characters it was written with.
 */

export interface Span {
  text: string;
  style?: 'strong' | 'em';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] };

const HEADING = /^(#{1,3}) (.*)$/;
const ITEM = /^- (.*)$/;
const EMPHASIS = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;

export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > at) spans.push({ text: text.slice(at, match.index) });
    spans.push(match[1] !== undefined ? { text: match[1], style: 'strong' } : { text: match[2]!, style: 'em' });
    at = match.index + match[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  // The lines of the paragraph or list item being read, and the list it belongs to when it is an item.
  let lines: string[] = [];
  let list: { kind: 'list'; items: Span[][] } | null = null;
  const finish = () => {
    if (lines.length === 0) return;
    const spans = parseSpans(lines.join(' '));
    if (list) list.items.push(spans);
    else blocks.push({ kind: 'paragraph', spans });
    lines = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (line === '' || heading) {
      finish();
      list = null;
      if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, spans: parseSpans(heading[2]!) });
    } else if (item) {
      finish();
      if (!list) {
        list = { kind: 'list', items: [] };
        blocks.push(list);
      }
      lines = [item[1]!];
    } else {
      lines.push(line);
    }
  }
  finish();
  return blocks;
}
