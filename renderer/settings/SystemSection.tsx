import { useId, useState } from 'react';
import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SectionProps } from './BreaksSection.js';
import { FieldProblems, Toggle } from './fields.js';

export function SystemSection({ settings, update, view }: SectionProps & { view: SettingsView }) {
  return (
    <section className="section" aria-labelledby="system-title">
      <h2 id="system-title">System</h2>
      {view.trayIcon === 'hidden' && (
        <div className="detection-state unavailable" role="note" aria-label="Tray icon on this desktop">
          <p>
            <strong>This desktop is not showing Limber’s tray icon.</strong> Limber keeps running and still reminds
            you. To reach this window, open Limber again from your applications. On GNOME, the “AppIndicator and
            KStatusNotifierItem Support” extension brings the icon back.
          </p>
        </div>
      )}
      <Toggle label="Start Limber when I log in" checked={settings.launchAtLogin} onCommit={(launchAtLogin) => update({ launchAtLogin })} />
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

function ShortcutField({ value, problem, platform, onCommit }: ShortcutFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [problems, setProblems] = useState<string[]>([]);
  if (shown !== value) {
    setShown(value);
    setText(value);
    setProblems([]);
  }
  const commit = async () => {
    if (text.trim() === value) return setProblems([]);
    setProblems(await onCommit(text.trim()));
  };
  const primary = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  const describedBy = [`${id}-hint`, problems.length ? `${id}-problem` : '', problem ? `${id}-conflict` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>Shortcut for “Stretch now”</label>
      <input
        id={id}
        type="text"
        className="shortcut-input"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Keys joined with +, such as CommandOrControl+Alt+S ({primary}+Alt+S here). Leave empty for no shortcut.
      </p>
      <FieldProblems id={`${id}-problem`} problems={problems} />
      {problem && (
        <p id={`${id}-conflict`} className="system-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
