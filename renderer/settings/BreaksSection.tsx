import { useState } from 'react';
import { BREAK_INTERVAL_PRESETS, type Settings, type SettingsPatch } from '../../electron/common/settings.js';
import { Choice, NumberField, Toggle } from './fields.js';
import { SETTING_NAMES } from './setting-names.js';
import { POSTURE_CHOICES } from './words.js';

export interface SectionProps {
  settings: Settings;
  update(patch: SettingsPatch): Promise<string[]>;
}

type IntervalChoice = (typeof BREAK_INTERVAL_PRESETS)[number] | 'custom';

const isPreset = (minutes: number): minutes is (typeof BREAK_INTERVAL_PRESETS)[number] =>
  (BREAK_INTERVAL_PRESETS as readonly number[]).includes(minutes);

export function IntervalChoice({ settings, update, onDraft }: SectionProps & { onDraft?: (valid: boolean) => void }) {
  const [customWanted, setCustomWanted] = useState(false);
  const minutes = settings.breakIntervalMin;
  const custom = customWanted || !isPreset(minutes);
  const options = [
    ...BREAK_INTERVAL_PRESETS.map((m) => ({ value: m as IntervalChoice, label: `${m} min` })),
    { value: 'custom' as IntervalChoice, label: 'Other' },
  ];
  return (
    <Choice<IntervalChoice>
      legend="Suggest a break after sitting for"
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
          label={SETTING_NAMES.breakIntervalMin}
          value={minutes}
          min={10}
          max={120}
          unit="min"
          hint="Minutes of sitting, any whole number from 10 to 120"
          onCommit={(value) => update({ breakIntervalMin: value })}
          onDraft={onDraft}
        />
      )}
    </Choice>
  );
}

export function BreaksSection({ settings, update }: SectionProps) {
  return (
    <section className="section" aria-labelledby="breaks-title">
      <h2 id="breaks-title">Breaks</h2>
      <IntervalChoice settings={settings} update={update} />
      <Choice
        legend="How to remind you"
        value={settings.promptStyle}
        options={[
          { value: 'gentle', label: 'Gently', hint: 'Notifications only. The break window opens when you click one.' },
          { value: 'window', label: 'Gently, then the window', hint: 'If a break waits through two reminders, the break window opens by itself, without taking the keyboard.' },
        ]}
        onCommit={(promptStyle) => update({ promptStyle })}
      />
      <NumberField
        label="Remind again every"
        value={settings.reminderIntervalMin}
        min={1}
        max={30}
        unit="min"
        hint="1 to 30, while a break is waiting for you"
        onCommit={(reminderIntervalMin) => update({ reminderIntervalMin })}
      />
      <NumberField
        label="Reminders per break"
        value={settings.maxReminders}
        min={0}
        max={10}
        unit="times"
        hint="0 to 10; after the last one Limber stays quiet until a full interval later"
        onCommit={(maxReminders) => update({ maxReminders })}
      />
      <div className="field-row">
        <NumberField
          label="Snooze for"
          value={settings.snoozeMin}
          min={1}
          max={30}
          unit="min"
          onCommit={(snoozeMin) => update({ snoozeMin })}
        />
        <NumberField
          label={SETTING_NAMES.snoozeLimit}
          value={settings.snoozeLimit}
          min={0}
          max={5}
          unit="times"
          hint="0 to 5; 0 means no snoozing"
          onCommit={(snoozeLimit) => update({ snoozeLimit })}
        />
      </div>
      <Choice
        legend="Preferred routines"
        value={settings.posturePreference}
        options={POSTURE_CHOICES}
        onCommit={(posturePreference) => update({ posturePreference })}
      />
      <Toggle
        label="Leave out forward bends"
        hint="For backs that do not like bending forward. Routines with forward bends are not suggested."
        checked={settings.flexionSensitive}
        onCommit={(flexionSensitive) => update({ flexionSensitive })}
      />
    </section>
  );
}
