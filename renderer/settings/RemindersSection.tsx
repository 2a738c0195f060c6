import type { SectionProps } from './BreaksSection.js';
import { NumberField, Toggle } from './fields.js';

export function RemindersSection({ settings, update }: SectionProps) {
  return (
    <section className="section" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <Toggle
        label="Eye breaks"
        hint="A short nudge between breaks to look into the distance for a few seconds."
        checked={settings.microBreak.enabled}
        onCommit={(enabled) => update({ microBreak: { enabled } })}
      />
      {settings.microBreak.enabled && (
        <NumberField
          label="Eye break every"
          value={settings.microBreak.afterMin}
          min={10}
          max={60}
          unit="min"
          onCommit={(afterMin) => update({ microBreak: { afterMin } })}
        />
      )}
      <Toggle
        label="Sound"
        hint="A soft chime with each stretch, and sound on notifications."
        checked={settings.sound}
        onCommit={(sound) => update({ sound })}
      />
    </section>
  );
}
