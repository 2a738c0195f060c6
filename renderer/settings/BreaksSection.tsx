import { useState } from 'react';
import { BREAK_INTERVAL_PRESETS, type Settings, type SettingsPatch } from '../../electron/common/settings.js';
import { Choice, NumberField, Toggle } from './fields.js';
import { POSTURE_CHOICES, useWords } from './words.js';

export interface SectionProps {
  settings: Settings;
  update(patch: SettingsPatch): Promise<string[]>;
}

type IntervalChoice = (typeof BREAK_INTERVAL_PRESETS)[number] | 'custom';

const isPreset = (minutes: number): minutes is (typeof BREAK_INTERVAL_PRESETS)[number] =>
  (BREAK_INTERVAL_PRESETS as readonly number[]).includes(minutes);

export function IntervalChoice({ settings, update, onDraft }: SectionProps & { onDraft?: (valid: boolean) => void }) {
  const { t, number } = useWords();
  const [customWanted, setCustomWanted] = useState(false);
  const minutes = settings.breakIntervalMin;
  const custom = customWanted || !isPreset(minutes);
  const options = [
    ...BREAK_INTERVAL_PRESETS.map((m) => ({ value: m as IntervalChoice, label: t('settings.breaks.intervalPreset', { minutes: number(m) }) })),
    { value: 'custom' as IntervalChoice, label: t('settings.breaks.intervalOther') },
  ];
  return (
    <Choice<IntervalChoice>
      legend={t('settings.breaks.intervalLegend')}
      value={custom ? 'custom' : (minutes as IntervalChoice)}
      options={options}
      onCommit={async (choice) => {
        setCustomWanted(choice === 'custom');
        onDraft?.(true);
        return choice === 'custom' ? [] : update({ breakIntervalMin: choice });
      }}
    >
      {custom && (
        <NumberField
          label={t('settings.names.breakIntervalMin')}
          value={minutes}
          min={10}
          max={120}
          unit={t('settings.units.minutes')}
          hint={t('settings.breaks.intervalHint', { min: number(10), max: number(120) })}
          onCommit={(value) => update({ breakIntervalMin: value })}
          onDraft={onDraft}
        />
      )}
    </Choice>
  );
}

export function BreaksSection({ settings, update }: SectionProps) {
  const { t, number } = useWords();
  const range = (min: number, max: number) => ({ min: number(min), max: number(max) });
  return (
    <section className="section" aria-labelledby="breaks-title">
      <h2 id="breaks-title">{t('settings.breaks.title')}</h2>
      <IntervalChoice settings={settings} update={update} />
      <Choice
        legend={t('settings.breaks.promptLegend')}
        value={settings.promptStyle}
        options={[
          { value: 'gentle', label: t('settings.breaks.gentle'), hint: t('settings.breaks.gentleHint') },
          { value: 'window', label: t('settings.breaks.window'), hint: t('settings.breaks.windowHint') },
        ]}
        onCommit={(promptStyle) => update({ promptStyle })}
      />
      <NumberField
        label={t('settings.breaks.remindEvery')}
        value={settings.reminderIntervalMin}
        min={1}
        max={30}
        unit={t('settings.units.minutes')}
        hint={t('settings.breaks.remindEveryHint', range(1, 30))}
        onCommit={(reminderIntervalMin) => update({ reminderIntervalMin })}
      />
      <NumberField
        label={t('settings.names.maxReminders')}
        value={settings.maxReminders}
        min={0}
        max={10}
        unit={t('settings.units.times')}
        hint={t('settings.breaks.maxRemindersHint', range(0, 10))}
        onCommit={(maxReminders) => update({ maxReminders })}
      />
      <div className="field-row">
        <NumberField
          label={t('settings.breaks.snoozeFor')}
          value={settings.snoozeMin}
          min={1}
          max={30}
          unit={t('settings.units.minutes')}
          onCommit={(snoozeMin) => update({ snoozeMin })}
        />
        <NumberField
          label={t('settings.names.snoozeLimit')}
          value={settings.snoozeLimit}
          min={0}
          max={5}
          unit={t('settings.units.times')}
          hint={t('settings.breaks.snoozeLimitHint', { ...range(0, 5), zero: number(0) })}
          onCommit={(snoozeLimit) => update({ snoozeLimit })}
        />
      </div>
      <Choice
        legend={t('settings.breaks.postureLegend')}
        value={settings.posturePreference}
        options={POSTURE_CHOICES.map((choice) => ({ value: choice.value, label: t(choice.labelKey), hint: t(choice.hintKey) }))}
        onCommit={(posturePreference) => update({ posturePreference })}
      />
      <Toggle
        label={t('settings.names.flexionSensitive')}
        hint={t('settings.breaks.flexionHint')}
        checked={settings.flexionSensitive}
        onCommit={(flexionSensitive) => update({ flexionSensitive })}
      />
    </section>
  );
}
