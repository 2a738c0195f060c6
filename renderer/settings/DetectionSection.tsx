import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SectionProps } from './BreaksSection.js';
import { NumberField } from './fields.js';

export function DetectionSection({ settings, update, idleDetection }: SectionProps & { idleDetection: SettingsView['idleDetection'] }) {
  return (
    <section className="section" aria-labelledby="detection-title">
      <h2 id="detection-title">Detecting breaks</h2>
      <p className="explain">
        Limber counts time at the computer as sitting, unless you tell it you are standing. When the keyboard and
        mouse rest for a short pause, that time is left out of your sitting. When they rest long enough to count as
        time away, your sitting ends there: that is a break you took on your own, and the count starts again when
        you are back.
      </p>
      <div className="field-row">
        <NumberField
          label="Short pause"
          value={settings.shortGapMin}
          min={1}
          max={10}
          unit="min"
          hint="1 to 10, shorter than time away. Not counted as sitting."
          onCommit={(shortGapMin) => update({ shortGapMin })}
        />
        <NumberField
          label="Time away"
          value={settings.awayGapMin}
          min={2}
          max={30}
          unit="min"
          hint="2 to 30. Ends your sitting: a break of your own."
          onCommit={(awayGapMin) => update({ awayGapMin })}
        />
      </div>
      <div className={`detection-state ${idleDetection}`} role="note" aria-label="Idle detection on this desktop">
        {idleDetection === 'available' ? (
          <p>
            <strong>Idle detection works on this desktop.</strong> Limber can tell when you step away.
          </p>
        ) : (
          <p>
            <strong>Idle detection is unavailable on this desktop.</strong> It does not tell apps how long the
            keyboard and mouse have rested (many Wayland desktops do not). Limber therefore counts all screen time as
            sitting, and only a screen lock or suspend as time away. Locking the screen when you get up keeps the
            count right.
          </p>
        )}
      </div>
    </section>
  );
}
