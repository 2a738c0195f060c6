import { useState } from 'react';
import type { LimberApi } from '../../../electron/common/ipc-contract.js';
import { useWords } from '../words.js';

/** A file path reads left to right inside a right-to-left sentence too (Unicode's left-to-right isolate). */
const leftToRight = (text: string, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? `\u2066${text}\u2069` : text);

/** Main asks where to save and writes the file; the page only asks for it and reports what happened. */
export function ExportButton({ api }: { api: LimberApi }) {
  const { t, dir } = useWords();
  const [busy, setBusy] = useState(false);
  // What happened, kept as a fact rather than as words, so a language switch re-words it.
  const [result, setResult] = useState<{ saved: string } | 'failed' | null>(null);
  const exportCsv = () => {
    setBusy(true);
    setResult(null);
    api
      .invoke('history:export-csv')
      .then((answer) => setResult(answer.saved && answer.path ? { saved: answer.path } : null))
      .catch(() => setResult('failed'))
      .finally(() => setBusy(false));
  };
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">{t('history.export.title')}</h2>
      <p className="explain">{t('history.export.explain')}</p>
      <button type="button" onClick={exportCsv} disabled={busy}>
        {t('history.export.button')}
      </button>
      <p className="hint" role="status">
        {result === 'failed' ? t('history.export.failed') : result ? t('history.export.saved', { path: leftToRight(result.saved, dir) }) : ''}
      </p>
    </section>
  );
}
