import { useEffect, useRef, useState } from 'react';

/**
 * Asks before putting every setting back. The question's focus is on the safe answer, neither answer is styled
 * as the one to pick, and Esc means "keep my settings", as it does in any dialog.
 */
export function RestoreDefaults({ onRestore }: { onRestore(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
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
        <h2 id="restore-title">Restore defaults</h2>
        <p className="explain">Puts every setting back as it was when Limber was installed. Your history stays.</p>
        <button type="button" ref={opener} onClick={() => setAsking(true)}>
          Restore defaults…
        </button>
        {done && <p className="hint">Defaults restored.</p>}
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
      <h2 id="restore-title">Restore defaults</h2>
      <p className="explain" id="restore-question">
        Restore every setting to its default? Your history stays.
      </p>
      <div className="button-row" role="group" aria-labelledby="restore-question">
        <button type="button" autoFocus onClick={() => setAsking(false)}>
          Keep my settings
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
          Restore all settings
        </button>
      </div>
    </section>
  );
}
