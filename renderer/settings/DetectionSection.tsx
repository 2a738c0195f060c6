import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SectionProps } from './BreaksSection.js';
import { NumberField } from './fields.js';
import { useWords } from './words.js';

export function DetectionSection({ settings, update, idleDetection }: SectionProps & { idleDetection: SettingsView['idleDetection'] }) {
  const { t, number } = useWords();
  return (
    <section className="section" aria-labelledby="detection-title">
      <h2 id="detection-title">{t('settings.detection.title')}</h2>
      <p className="explain">{t('settings.detection.explain')}</p>
      <div className="field-row">
        <NumberField
          label={t('settings.names.shortGapMin')}
          value={settings.shortGapMin}
          min={1}
          max={10}
          unit={t('settings.units.minutes')}
          hint={t('settings.detection.shortGapHint', { min: number(1), max: number(10) })}
          onCommit={(shortGapMin) => update({ shortGapMin })}
        />
        <NumberField
          label={t('settings.names.awayGapMin')}
          value={settings.awayGapMin}
          min={2}
          max={30}
          unit={t('settings.units.minutes')}
          hint={t('settings.detection.awayGapHint', { min: number(2), max: number(30) })}
          onCommit={(awayGapMin) => update({ awayGapMin })}
        />
      </div>
      <div className={`detection-state ${idleDetection}`} role="note" aria-label={t('settings.detection.stateLabel')}>
        {idleDetection === 'available' ? (
          <p>
            <strong>{t('settings.detection.available')}</strong> {t('settings.detection.availableMore')}
          </p>
        ) : (
          <p>
            <strong>{t('settings.detection.unavailable')}</strong> {t('settings.detection.unavailableMore')}
          </p>
        )}
      </div>
    </section>
  );
}
