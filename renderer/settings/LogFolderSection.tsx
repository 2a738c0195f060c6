import { useState } from 'react';
import type { Responses } from '../../electron/common/ipc-contract.js';

/** For a bug report: Limber writes what went wrong to a log file, and this opens the folder that holds it. */
export function LogFolderSection({ openLogFolder }: { openLogFolder(): Promise<Responses['app:open-log-folder']> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const open = () => {
    setBusy(true);
    setProblem('');
    openLogFolder()
      .then((answer) => setProblem(answer.ok ? '' : answer.reason))
      .catch(() => setProblem('The log folder could not be opened. Please try again.'))
      .finally(() => setBusy(false));
  };
  return (
    <section className="section" aria-labelledby="log-title">
      <h2 id="log-title">Problems</h2>
      <p className="explain">
        Limber notes what goes wrong in a log file on this computer. It stays here unless you send it: attach it to
        a bug report.
      </p>
      <div>
        <button type="button" onClick={open} disabled={busy}>
          Open log folder
        </button>
      </div>
      {/* Always there, so a screen reader hears the problem when it appears; styled only when there is one. */}
      <p className={problem ? 'system-problem' : undefined} role="status">
        {problem}
      </p>
    </section>
  );
}
