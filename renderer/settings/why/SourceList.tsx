import { useState } from 'react';
import type { ExternalLinkId } from '../../../electron/common/app-origin.js';
import { useTranslation } from 'react-i18next';
import type { Source } from './content.js';

export type OpenLink = (id: ExternalLinkId) => Promise<void>;

/**
 * The studies behind the page, each with its address written out. A link opens in the user's browser through
 * main, by its allowlist id; the page itself never navigates.
 */
export function SourceList({ sources, openLink }: { sources: readonly Source[]; openLink: OpenLink }) {
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation();
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('why.sources')}</h2>
      <p className="explain">{t('why.sourcesExplain')}</p>
      {/* The references stay as published, in English and reading left to right, list numbers included. */}
      <ol lang="en" dir="ltr">
        {sources.map((source) => (
          <li key={source.id}>
            {source.authors} ({source.year}). <cite>{source.title}</cite>. {source.journal}, {source.details}.{' '}
            <a
              href={source.url}
              onClick={(event) => {
                event.preventDefault();
                setFailed(false);
                void openLink(source.id).catch(() => setFailed(true));
              }}
            >
              {decodeURI(source.url).replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
      </ol>
      <p role="status" className={failed ? 'system-problem' : undefined}>
        {failed ? t('why.browserFailed') : ''}
      </p>
    </section>
  );
}
