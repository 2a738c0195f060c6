import { useTranslation } from 'react-i18next';

/** What the user does is not reaching the disk: said plainly, with why, until it is saved again. */
export function StorageBanner({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="region" aria-labelledby="storage-title">
      <div>
        <h2 id="storage-title">{t('settings.storage.title')}</h2>
        {problems.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
      </div>
    </div>
  );
}
