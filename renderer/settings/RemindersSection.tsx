import type { SectionProps } from './BreaksSection.js';
import { NumberField, Toggle } from './fields.js';
import { useWords } from './words.js';

export function RemindersSection({ settings, update }: SectionProps) {
  const { t } = useWords();
  return (
    <section className="section" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('settings.reminders.title')}</h2>
      <Toggle
        label={t('settings.names.microBreakEnabled')}
        hint={t('settings.reminders.eyeBreaksHint')}
        checked={settings.microBreak.enabled}
        onCommit={(enabled) => update({ microBreak: { enabled } })}
      />
      {settings.microBreak.enabled && (
        <NumberField
          label={t('settings.reminders.eyeBreakEvery')}
          value={settings.microBreak.afterMin}
          min={10}
          max={60}
          unit={t('settings.units.minutes')}
          onCommit={(afterMin) => update({ microBreak: { afterMin } })}
        />
      )}
      <Toggle
        label={t('settings.names.sound')}
        hint={t('settings.reminders.soundHint')}
        checked={settings.sound}
        onCommit={(sound) => update({ sound })}
      />
    </section>
  );
}
