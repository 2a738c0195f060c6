import type { SettingsView } from '../../electron/common/ipc-contract.js';
import { repairText } from './recovery-text.js';

export function RecoveryBanner({ recovery, onDismiss }: { recovery: NonNullable<SettingsView['recovery']>; onDismiss(): void }) {
  const file = recovery.backupFile.split(/[\\/]/).pop();
  return (
    <div className="banner" role="region" aria-labelledby="recovery-title">
      <div>
        <h2 id="recovery-title">Limber repaired your settings file</h2>
        <p>
          {repairText(recovery.droppedFields)} The file as it was is kept as {file}.
        </p>
      </div>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </div>
  );
}
