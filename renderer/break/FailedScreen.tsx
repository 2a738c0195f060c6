import { useTranslation } from 'react-i18next';

export function FailedScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen failed" aria-labelledby="failed-title">
      <h1 id="failed-title">{t('break.failed.title')}</h1>
      <p>{t('break.failed.text')}</p>
      <button type="button" className="primary" onClick={onClose} autoFocus>
        {t('break.failed.close')}
      </button>
    </section>
  );
}
