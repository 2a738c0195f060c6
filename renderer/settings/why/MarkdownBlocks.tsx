import type { Ref } from 'react';
import type { Block, Span } from './markdown.js';

function Spans({ spans }: { spans: Span[] }) {
  return spans.map((span, i) =>
    span.style === 'strong' ? <strong key={i}>{span.text}</strong> : span.style === 'em' ? <em key={i}>{span.text}</em> : span.text,
  );
}

export interface MarkdownBlocksProps {
  blocks: readonly Block[];
  /** Levels added to every heading, for a document shown inside another one. */
  shift?: number;
  /** For the opening heading: an id to label a region by, and a ref to move focus to it. */
  titleId?: string;
  titleRef?: Ref<HTMLHeadingElement>;
}

export function MarkdownBlocks({ blocks, shift = 0, titleId, titleRef }: MarkdownBlocksProps) {
  return blocks.map((block, i) => {
    switch (block.kind) {
      case 'heading': {
        const Heading = `h${Math.min(6, block.level + shift)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
        const title = i === 0 ? { id: titleId, ref: titleRef, tabIndex: titleRef ? -1 : undefined } : {};
        return (
          <Heading key={i} {...title}>
            <Spans spans={block.spans} />
          </Heading>
        );
      }
      case 'paragraph':
        return (
          <p key={i}>
            <Spans spans={block.spans} />
          </p>
        );
      case 'list':
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Spans spans={item} />
              </li>
            ))}
          </ul>
        );
    }
  });
}
