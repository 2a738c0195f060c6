import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES, safetyBlocks, whyBreaksBlocks } from './content.js';
import { MarkdownBlocks } from './MarkdownBlocks.js';
import { SourceList, type OpenLink } from './SourceList.js';

export interface WhyBreaksProps {
  openLink: OpenLink;
  /** Opened from a button rather than a tab: focus moves to the title, so reading starts at the top. */
  focusTitle?: boolean;
}

/** "Why breaks help": the evidence for Limber's default interval and break length, how to stretch safely, and the sources. */
export function WhyBreaks({ openLink, focusTitle = false }: WhyBreaksProps) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);
  return (
    <article className="why" aria-labelledby="why-title">
      <MarkdownBlocks blocks={whyBreaksBlocks(t)} titleId="why-title" titleRef={focusTitle ? title : undefined} />
      <section className="safety-note" aria-labelledby="safety-title">
        <MarkdownBlocks blocks={safetyBlocks(t)} shift={1} titleId="safety-title" />
      </section>
      <SourceList sources={SOURCES} openLink={openLink} />
    </article>
  );
}
