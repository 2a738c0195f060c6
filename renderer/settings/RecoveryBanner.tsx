import type { SettingsView } from '../../electron/common/ipc-contract.js';
import { joinSentences, repairText } from './recovery-text.js';
import { useWords } from './words.js';

export function RecoveryBanner({ recovery, onDismiss }: { recovery: NonNullable<SettingsView['recovery']>; onDismiss(): void }) {
  const words = useWords();
  const { t } = words;
  const file = recovery.backupFile.split(/[\\/]/).pop() ?? '';
  return (
    <div className="banner" role="region" aria-labelledby="recovery-title">
      <div>
        <h2 id="recovery-title">{t('settings.recovery.title')}</h2>
        <p>{joinSentences([repairText(recovery.droppedFields, words), t('settings.recovery.backup', { file })], words.locale)}</p>
      </div>
      <button type="button" onClick={onDismiss}>
        {t('settings.recovery.dismiss')}
      </button>
    </div>
  );
}
