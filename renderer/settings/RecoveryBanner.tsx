import type { SettingsView } from '../../electron/common/ipc-contract.js';
import { fieldName } from './settings-check.js';

export function RecoveryBanner({ recovery, onDismiss }: { recovery: NonNullable<SettingsView['recovery']>; onDismiss(): void }) {
  const file = recovery.backupFile.split(/[\\/]/).pop();
  const whole = recovery.droppedFields.includes('(whole file)');
  return (
    <div className="banner" role="region" aria-labelledby="recovery-title">
      <div>
        <h2 id="recovery-title">Your settings file was damaged, so Limber repaired it</h2>
        <p>
          {whole
            ? 'It could not be read at all, so every setting is back to its default.'
            : `Everything else was kept; these went back to their defaults: ${recovery.droppedFields.map(fieldName).join(', ')}.`}{' '}
          The damaged file is kept as {file}.
        </p>
      </div>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </div>
  );
}
