import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LimberApi, SettingsView } from '../../electron/common/ipc-contract.js';
import type { SettingsPatch } from '../../electron/common/settings.js';
import { checkChange, friendlyMessage } from './settings-check.js';
import { useWords } from './words.js';

export interface SettingsViewState {
  status: 'loading' | 'failed' | 'ready';
  view: SettingsView | null;
  /** Checks and applies one change. Resolves to the problems to show; empty when it was saved. */
  update(patch: SettingsPatch): Promise<string[]>;
  restoreDefaults(): Promise<void>;
  dismissRecovery(): void;
  completeFirstRun(): Promise<void>;
  /** When the last change was saved (epoch ms, 0 for never), for the screen-reader announcement. */
  saved: number;
}

/** Main reports these only after trying to apply the setting, so they are asked for again after such a change. */
const APPLIED_BY_THE_SYSTEM = ['shortcut', 'launchAtLogin'];

/**
 * The settings as main holds them, and every change to them. A change is checked here first, against the newest
 * settings (two quick changes must not undo each other), and sent only when the shared schema accepts it.
 */
export function useSettingsView(api: LimberApi): SettingsViewState {
  const [status, setStatus] = useState<SettingsViewState['status']>('loading');
  const [view, setView] = useState<SettingsView | null>(null);
  const [saved, setSaved] = useState(0);
  const latest = useRef<SettingsView | null>(null);
  // The words of the moment: a change made just after a language switch is explained in the new language.
  const wordsNow = useWords();
  const words = useRef(wordsNow);
  useLayoutEffect(() => {
    words.current = wordsNow;
  });

  const show = useCallback((next: SettingsView) => {
    latest.current = next;
    setView(next);
  }, []);

  useEffect(() => {
    api
      .invoke('settings:get')
      .then((loaded) => {
        show(loaded);
        setStatus('ready');
      })
      .catch(() => setStatus('failed'));
  }, [api, show]);

  const update = useCallback(
    async (patch: SettingsPatch): Promise<string[]> => {
      const current = latest.current;
      if (!current) return [words.current.t('settings.problem.stillLoading')];
      const checked = checkChange(current.settings, patch, words.current);
      if (!checked.ok) return checked.errors;
      try {
        const answer = await api.invoke('settings:update', patch);
        if (!answer.ok) return answer.errors.map((message) => friendlyMessage(message, words.current));
        show({ ...latest.current!, settings: answer.settings });
        setSaved(Date.now());
        if (Object.keys(patch).some((key) => APPLIED_BY_THE_SYSTEM.includes(key))) show(await api.invoke('settings:get'));
        return [];
      } catch {
        return [words.current.t('settings.problem.saveFailed')];
      }
    },
    [api, show],
  );

  const restoreDefaults = useCallback(async () => {
    const answer = await api.invoke('settings:restore-defaults');
    if (answer.ok) show(await api.invoke('settings:get'));
    setSaved(Date.now());
  }, [api, show]);

  const dismissRecovery = useCallback(() => {
    if (latest.current) show({ ...latest.current, recovery: null });
    void api.invoke('settings:dismiss-recovery-notice');
  }, [api, show]);

  const completeFirstRun = useCallback(async () => {
    await api.invoke('app:complete-first-run');
    if (latest.current) show({ ...latest.current, firstRunDone: true });
  }, [api, show]);

  return { status, view, update, restoreDefaults, dismissRecovery, completeFirstRun, saved };
}
