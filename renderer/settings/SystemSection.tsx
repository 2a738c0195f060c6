import { useId, useState, type KeyboardEvent } from 'react';
import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SectionProps } from './BreaksSection.js';
import { FieldProblems, Toggle } from './fields.js';
import { acceleratorOf, shortcutWords } from './shortcut-keys.js';
import { LanguageField } from './LanguageField.js';
import { useWords } from './words.js';

export function SystemSection({ settings, update, view }: SectionProps & { view: SettingsView }) {
  const { t } = useWords();
  return (
    <section className="section" aria-labelledby="system-title">
      <h2 id="system-title">{t('settings.system.title')}</h2>
      {view.trayIcon === 'hidden' && (
        <div className="detection-state unavailable" role="note" aria-label={t('settings.system.trayLabel')}>
          <p>
            <strong>{t('settings.system.trayHidden')}</strong> {t('settings.system.trayHiddenMore')}
          </p>
        </div>
      )}
      <LanguageField value={settings.language} systemLanguage={view.systemLanguage} onCommit={(language) => update({ language })} />
      <Toggle label={t('settings.names.launchAtLogin')} checked={settings.launchAtLogin} onCommit={(launchAtLogin) => update({ launchAtLogin })} />
      {view.launchAtLoginProblem && <p className="system-problem">{view.launchAtLoginProblem}</p>}
      <ShortcutField value={settings.shortcut} problem={view.shortcutProblem} platform={view.platform} onCommit={(shortcut) => update({ shortcut })} />
    </section>
  );
}

interface ShortcutFieldProps {
  value: string;
  /** Why main could not register the shortcut, such as another app owning it. */
  problem: string | null;
  platform: SettingsView['platform'];
  onCommit(shortcut: string): Promise<string[]>;
}

/**
 * A key recorder: focus the box and press the combination. What is saved is Electron's accelerator, what is shown
 * is the platform's words for it. Tab still moves on, Backspace or Delete clears (no shortcut), Esc keeps the
 * saved one.
 */
function ShortcutField({ value, problem, platform, onCommit }: ShortcutFieldProps) {
  const id = useId();
  const { t } = useWords();
  const [recorded, setRecorded] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setRecorded(null);
    setProblems([]);
  }
  const commit = async (accelerator: string) => {
    setRecorded(accelerator);
    if (accelerator === value) return setProblems([]);
    setProblems(await onCommit(accelerator));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && plain) return;
    event.preventDefault();
    if (event.repeat) return;
    if (event.key === 'Escape' && plain && !event.shiftKey) {
      setRecorded(null);
      setProblems([]);
      return;
    }
    if ((event.key === 'Backspace' || event.key === 'Delete') && plain && !event.shiftKey) return void commit('');
    const accelerator = acceleratorOf(event, platform);
    if (accelerator) void commit(accelerator);
  };
  const showing = recorded ?? value;
  const describedBy = [problems.length ? `${id}-problem` : `${id}-hint`, problem ? `${id}-conflict` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.shortcut.label')}</label>
      <input
        id={id}
        type="text"
        className="shortcut-input"
        autoComplete="off"
        spellCheck={false}
        value={showing === '' ? '' : shortcutWords(showing, platform, t)}
        placeholder={t('settings.shortcut.none')}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={() => {}}
        onKeyDown={onKeyDown}
      />
      {problems.length === 0 && (
        <p id={`${id}-hint`} className="hint">
          {t('settings.shortcut.hint', { example: shortcutWords('CommandOrControl+Alt+S', platform, t) })}
        </p>
      )}
      <FieldProblems id={`${id}-problem`} problems={problems} />
      {problem && (
        <p id={`${id}-conflict`} className="system-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
