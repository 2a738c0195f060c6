import { useId, useState } from 'react';
import { minutesOfDay, type TimeRange, type Weekday } from '../../electron/common/settings.js';
import type { SectionProps } from './BreaksSection.js';
import { FieldProblems, NumberField, Toggle } from './fields.js';
import { week, useWords } from './words.js';

export function ScheduleSection({ settings, update }: SectionProps) {
  const hours = settings.workingHours;
  const { t, number, locale } = useWords();
  return (
    <section className="section" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('settings.schedule.title')}</h2>
      <Toggle
        label={t('settings.names.workingHoursEnabled')}
        hint={hours.enabled ? t('settings.schedule.onHint') : t('settings.schedule.offHint')}
        checked={hours.enabled}
        onCommit={(enabled) => update({ workingHours: { enabled } })}
      />
      {hours.enabled && (
        <div className="week" role="group" aria-label={t('settings.schedule.weekLabel')}>
          <p className="hint">{t('settings.schedule.timesHint')}</p>
          {week(locale).map(({ day, name }) => (
            <DayHours key={day} day={day} name={name} ranges={hours.days[day]} onCommit={(ranges) => update({ workingHours: { days: { [day]: ranges } } })} />
          ))}
        </div>
      )}
      <NumberField
        label={t('settings.schedule.dayEnd')}
        value={settings.dayBoundaryHour}
        min={0}
        max={12}
        unit={t('settings.units.oclock')}
        hint={t('settings.schedule.dayEndHint', { min: number(0), max: number(12), example: number(4), night: number(2) })}
        onCommit={(dayBoundaryHour) => update({ dayBoundaryHour })}
      />
    </section>
  );
}

interface DayHoursProps {
  day: Weekday;
  name: string;
  ranges: TimeRange[];
  onCommit(ranges: TimeRange[]): Promise<string[]>;
}

const MAX_RANGES = 6;
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A sensible next range: 09:00–17:00 on an empty day, else the two hours after the last one ends. */
function nextRange(ranges: TimeRange[]): TimeRange | null {
  if (ranges.length === 0) return { start: '09:00', end: '17:00' };
  if (ranges.length >= MAX_RANGES) return null;
  const lastEnd = Math.max(...ranges.map((r) => minutesOfDay(r.end)));
  const start = Math.min(lastEnd + 60, 23 * 60);
  if (start <= lastEnd) return null;
  return { start: clock(start), end: clock(Math.min(start + 120, 24 * 60)) };
}

/**
 * One weekday's ranges, edited as text so a half-typed time can sit in the box while the user works on it. The
 * whole day is checked and sent when a box is left or Enter is pressed; the day is the unit the schema checks
 * (ranges must not overlap).
 */
function DayHours({ day, name, ranges, onCommit }: DayHoursProps) {
  const id = useId();
  const { t, number } = useWords();
  const [draft, setDraft] = useState(ranges);
  // Compared by content: every saved change brings a fresh settings object, which must not wipe another day's draft.
  const saved = JSON.stringify(ranges);
  const [shown, setShown] = useState(saved);
  const [problems, setProblems] = useState<string[]>([]);
  if (shown !== saved) {
    setShown(saved);
    setDraft(ranges);
    setProblems([]);
  }
  const send = async (next: TimeRange[]) => {
    const trimmed = next.map((r) => ({ start: r.start.trim(), end: r.end.trim() }));
    // Back to what is saved: nothing to send, and nothing wrong any more.
    if (JSON.stringify(trimmed) === saved) return setProblems([]);
    setProblems(await onCommit(trimmed));
  };
  const edit = (index: number, key: keyof TimeRange, value: string) => setDraft(draft.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  const remove = (index: number) => {
    const next = draft.filter((_, i) => i !== index);
    setDraft(next);
    void send(next);
  };
  const added = nextRange(draft);
  const invalid = problems.length > 0;
  const problemId = `${id}-problem`;
  return (
    <div className="day" role="group" aria-labelledby={`${id}-name`}>
      <span id={`${id}-name`} className="day-name">
        {name}
      </span>
      <div className="day-ranges">
        {draft.length === 0 && <span className="hint day-off">{t('settings.schedule.dayOff')}</span>}
        {draft.map((range, index) => (
          <div className="range" key={index} data-day={day}>
            <input
              type="text"
              className="time-input"
              inputMode="numeric"
              autoComplete="off"
              size={5}
              aria-label={t('settings.schedule.from', { day: name, n: number(index + 1) })}
              aria-invalid={invalid}
              aria-describedby={invalid ? problemId : undefined}
              value={range.start}
              onChange={(event) => edit(index, 'start', event.target.value)}
              onBlur={() => void send(draft)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void send(draft);
              }}
            />
            <span aria-hidden="true">–</span>
            <input
              type="text"
              className="time-input"
              inputMode="numeric"
              autoComplete="off"
              size={5}
              aria-label={t('settings.schedule.until', { day: name, n: number(index + 1) })}
              aria-invalid={invalid}
              aria-describedby={invalid ? problemId : undefined}
              value={range.end}
              onChange={(event) => edit(index, 'end', event.target.value)}
              onBlur={() => void send(draft)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void send(draft);
              }}
            />
            <button type="button" className="small" aria-label={t('settings.schedule.removeLabel', { day: name, start: range.start, end: range.end })} onClick={() => remove(index)}>
              {t('settings.schedule.remove')}
            </button>
          </div>
        ))}
        {added && (
          <button
            type="button"
            className="small"
            aria-label={t('settings.schedule.addLabel', { day: name })}
            onClick={() => {
              const next = [...draft, added];
              setDraft(next);
              void send(next);
            }}
          >
            {t('settings.schedule.add')}
          </button>
        )}
        <FieldProblems id={problemId} problems={problems} />
      </div>
    </div>
  );
}
