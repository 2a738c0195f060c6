import { useState } from 'react';
import type { LimberApi } from '../../../electron/common/ipc-contract.js';

/** Main asks where to save and writes the file; the page only asks for it and reports what happened. */
export function ExportButton({ api }: { api: LimberApi }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const exportCsv = () => {
    setBusy(true);
    setResult('');
    api
      .invoke('history:export-csv')
      .then((answer) => setResult(answer.saved && answer.path ? `Saved to ${answer.path}` : ''))
      .catch(() => setResult('The export did not work. Please try again.'))
      .finally(() => setBusy(false));
  };
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="explain">All of your history as a CSV file, for a spreadsheet. You choose where it goes.</p>
      <button type="button" onClick={exportCsv} disabled={busy}>
        Export history as CSV…
      </button>
      <p className="hint" role="status">
        {result}
      </p>
    </section>
  );
}
