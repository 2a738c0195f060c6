import { useState } from 'react';
import type { Responses } from '../../electron/common/ipc-contract.js';
import { useWords } from './words.js';

/** For a bug report: Limber writes what went wrong to a log file, and this opens the folder that holds it. */
export function LogFolderSection({ openLogFolder }: { openLogFolder(): Promise<Responses['app:open-log-folder']> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const { t } = useWords();
  const open = () => {
    setBusy(true);
    setProblem('');
    openLogFolder()
      .then((answer) => setProblem(answer.ok ? '' : answer.reason))
      .catch(() => setProblem(t('settings.log.failed')))
      .finally(() => setBusy(false));
  };
  return (
    <section className="section" aria-labelledby="log-title">
      <h2 id="log-title">{t('settings.log.title')}</h2>
      <p className="explain">{t('settings.log.explain')}</p>
      <div>
        <button type="button" onClick={open} disabled={busy}>
          {t('settings.log.open')}
        </button>
      </div>
      {/* Always there, so a screen reader hears the problem when it appears; styled only when there is one. */}
      <p className={problem ? 'system-problem' : undefined} role="status">
        {problem}
      </p>
    </section>
  );
}
