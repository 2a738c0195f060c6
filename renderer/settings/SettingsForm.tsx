import type { LimberApi, Responses, SettingsView } from '../../electron/common/ipc-contract.js';
import type { SettingsPatch } from '../../electron/common/settings.js';
import { BreaksSection } from './BreaksSection.js';
import { ControlsCard } from './ControlsCard.js';
import { DetectionSection } from './DetectionSection.js';
import { LogFolderSection } from './LogFolderSection.js';
import { QuietSection } from './QuietSection.js';
import { RemindersSection } from './RemindersSection.js';
import { RestoreDefaults } from './RestoreDefaults.js';
import { ScheduleSection } from './ScheduleSection.js';
import { SystemSection } from './SystemSection.js';
import { useWords } from './words.js';

export interface SettingsFormProps {
  api: LimberApi;
  view: SettingsView;
  update(patch: SettingsPatch): Promise<string[]>;
  restoreDefaults(): Promise<void>;
  openLogFolder(): Promise<Responses['app:open-log-folder']>;
}

/** Every setting, each saved the moment it is changed; there is no Save button to forget. */
export function SettingsForm({ api, view, update, restoreDefaults, openLogFolder }: SettingsFormProps) {
  const { settings } = view;
  const { t } = useWords();
  return (
    <div className="settings-form">
      <ControlsCard api={api} view={view} />
      <p className="explain">{t('settings.explain')}</p>
      <BreaksSection settings={settings} update={update} />
      <DetectionSection settings={settings} update={update} idleDetection={view.idleDetection} />
      <ScheduleSection settings={settings} update={update} />
      <RemindersSection settings={settings} update={update} />
      <QuietSection api={api} settings={settings} update={update} />
      <SystemSection settings={settings} update={update} view={view} />
      <LogFolderSection openLogFolder={openLogFolder} />
      <RestoreDefaults onRestore={restoreDefaults} />
    </div>
  );
}
