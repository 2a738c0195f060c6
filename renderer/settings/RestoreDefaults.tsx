import { useEffect, useRef, useState } from 'react';
import { useWords } from './words.js';

/**
 * Asks before putting every setting back. The question's focus is on the safe answer, neither answer is styled
 * as the one to pick, and Esc means "keep my settings", as it does in any dialog.
 */
export function RestoreDefaults({ onRestore }: { onRestore(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const { t } = useWords();
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Back from the question, focus returns to the button that asked it.
    if (wasAsking.current && !asking) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <section className="section restore" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('settings.restore.title')}</h2>
        <p className="explain">{t('settings.restore.explain')}</p>
        <button type="button" ref={opener} onClick={() => setAsking(true)}>
          {t('settings.restore.open')}
        </button>
        {done && <p className="hint">{t('settings.restore.done')}</p>}
      </section>
    );
  }
  return (
    <section
      className="section restore"
      aria-labelledby="restore-title"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        setAsking(false);
      }}
    >
      <h2 id="restore-title">{t('settings.restore.title')}</h2>
      <p className="explain" id="restore-question">
        {t('settings.restore.question')}
      </p>
      <div className="button-row" role="group" aria-labelledby="restore-question">
        <button type="button" autoFocus onClick={() => setAsking(false)}>
          {t('settings.restore.keep')}
        </button>
        <button
          type="button"
          className="destructive"
          onClick={() =>
            void onRestore().then(() => {
              setAsking(false);
              setDone(true);
            })
          }
        >
          {t('settings.restore.confirm')}
        </button>
      </div>
    </section>
  );
}
