import { useState } from 'react';

export function RestoreDefaults({ onRestore }: { onRestore(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  if (!asking) {
    return (
      <section className="section restore" aria-labelledby="restore-title">
        <h2 id="restore-title">Restore defaults</h2>
        <p className="explain">Puts every setting back as it was when Limber was installed. Your history stays.</p>
        <button type="button" onClick={() => setAsking(true)}>
          Restore defaults…
        </button>
        {done && <p className="hint">Defaults restored.</p>}
      </section>
    );
  }
  return (
    <section className="section restore" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore defaults</h2>
      <p className="explain">Restore every setting to its default? Your history stays.</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() =>
            void onRestore().then(() => {
              setAsking(false);
              setDone(true);
            })
          }
        >
          Restore all settings
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Keep my settings
        </button>
      </div>
    </section>
  );
}
