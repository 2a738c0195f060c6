import { useEffect, useState } from 'react';
import type { AppControl, LimberApi, SettingsView, TrayState } from '../../electron/common/ipc-contract.js';
import { pauseChoices, snoozeText } from '../../electron/common/control-text.js';
import { useWords } from './words.js';

/**
 * What the tray menu offers day to day, in the window: on a desktop that shows no tray icon this is the only way
 * to them. The state comes with the settings and is kept current by main's pushes.
 */
export function ControlsCard({ api, view }: { api: LimberApi; view: SettingsView }) {
  const [state, setState] = useState<TrayState | null>(view.state ?? null);
  const [pauseFor, setPauseFor] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { t } = useWords();
  useEffect(() => api.onStateChanged(setState), [api]);

  const send = (control: AppControl) => {
    setBusy(true);
    setNotice(null);
    api
      .invoke('app:control', control)
      .then((result) => setNotice(result.ok ? null : result.reason))
      .catch(() => setNotice(t('settings.controls.failed')))
      .finally(() => setBusy(false));
  };
  const paused = state?.paused === true;
  const snoozesLeft = state?.snoozesLeft ?? 0;
  const snoozeMin = view.settings.snoozeMin;
  const pauses = pauseChoices(t);

  return (
    <section className="section controls-card" aria-labelledby="controls-title">
      <h2 id="controls-title">{t('settings.controls.title')}</h2>
      {state && <p className="status-line">{state.status}</p>}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => send({ type: 'stretch' })}>
          {t('common.stretchNow')}
        </button>
        {state?.breakDue && (
          <button type="button" disabled={busy || snoozesLeft === 0} aria-describedby={snoozesLeft === 0 ? 'snooze-used-up' : undefined} onClick={() => send({ type: 'snooze' })}>
            {snoozeText(t, snoozeMin)}
          </button>
        )}
        {paused ? (
          <button type="button" disabled={busy} onClick={() => send({ type: 'resume' })}>
            {t('common.resume')}
          </button>
        ) : (
          <span className="pause-group" role="group" aria-label={t('settings.controls.pauseGroup')}>
            <button type="button" disabled={busy} onClick={() => send({ type: 'pause', length: pauses[pauseFor]!.length })}>
              {t('common.pause')}
            </button>
            <select aria-label={t('settings.controls.pauseFor')} value={pauseFor} onChange={(event) => setPauseFor(Number(event.target.value))}>
              {pauses.map((choice, index) => (
                <option key={choice.label} value={index}>
                  {choice.label}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {state?.breakDue && snoozesLeft === 0 && (
        <p id="snooze-used-up" className="hint">
          {t('settings.controls.snoozeUsedUp')}
        </p>
      )}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
