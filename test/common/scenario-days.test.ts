import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../electron/common/scenario.js';
import { hm, simulate } from '../support/scenario-runner.js';

describe('whole simulated days', () => {
  it('an office day: prompts every 30 min of sitting, lunch and a meeting end bouts, breaks are taken and skipped', () => {
    const r = simulate({
      start: '08:30',
      end: '17:30',
      events: [
        { at: '08:45', type: 'active' },
        { at: '09:16', type: 'routine', posture: 'moving', routine: 'move-break', seconds: 180 },
        { at: '09:19', type: 'active' },
        { at: '09:50', type: 'command', command: 'skip' },
        { at: '10:10', type: 'idle' }, // coffee, 4 min: excluded, the bout goes on
        { at: '10:14', type: 'active' },
        { at: '10:20', type: 'lock' }, // meeting
        { at: '11:30', type: 'unlock' },
        { at: '11:31', type: 'active' },
        { at: '12:02', type: 'routine', posture: 'seated', routine: 'seated-reset', seconds: 120 },
        { at: '12:30', type: 'suspend' }, // lunch, lid closed
        { at: '13:15', type: 'resume' },
        { at: '13:15', type: 'active' },
        { at: '13:46', type: 'command', command: 'snooze' },
        { at: '13:52', type: 'routine', posture: 'standing', routine: 'stand-stretch', seconds: 150 },
        { at: '15:00', type: 'command', command: 'standing-on' },
        { at: '15:50', type: 'command', command: 'standing-off' },
      ],
    });
    expect(r.bouts.map((b) => [hm(b.start), hm(b.end), b.sittingSeconds, b.endedBy])).toEqual([
      ['08:45', '09:16', 31 * 60, 'break'],
      ['09:19', '10:20', 57 * 60, 'away'], // the 4-min coffee is not sitting
      ['11:30', '12:30', 60 * 60, 'away'], // back at the unlock; the seated routine does not end the bout
      ['13:15', '13:52', 37 * 60, 'break'],
      ['13:54:30', '15:00', 65 * 60 + 30, 'break'], // standing for 5 min ends the bout when the user stood up
      ['15:50', '17:30', 100 * 60, 'end'],
    ]);
    expect(r.summary).toMatchObject({ breaksTaken: 2, postureBreaks: 1, skipped: 1, snoozed: 1, naturalBreaks: 2 });
    expect(r.summary.uprightSeconds).toBe(180 + 150 + 50 * 60);
    expect(r.refused).toEqual([]);
    const firsts = r.prompts.filter((p) => p.kind === 'break').map((p) => `${hm(p.at)} ${p.routine}`);
    expect(firsts).toEqual([
      '09:15 move-break',
      '09:49 stand-stretch', // after a moving break, a stretch
      '12:00 stand-stretch',
      '12:14 stand-stretch', // 10 min after the seated routine, a standing one
      '13:45 move-break',
      '14:24:30 move-break',
      '15:45 move-break', // 45 min of standing: time to move
      '16:20 move-break',
      // Unanswered through three reminders, the 16:20 break is ignored at 16:40; the next comes 30 min of sitting later.
      '17:10 move-break',
    ]);
    // The 14:24:30 break went unanswered too (ignored at 14:44:30, before the stand at 15:00): two ignored, one skipped.
    expect(r.summary).toMatchObject({ ignored: 2, skipped: 1 });
    expect(r.prompts.filter((p) => p.kind === 'reminder' && p.at >= '2026-03-02T13:45' && p.at < '2026-03-02T13:52').map((p) => hm(p.at))).toEqual([
      '13:51', // the snooze at 13:46 held the reminder back 5 min
    ]);
  });

  it('a 25-hour autumn day with working hours keeps edges on local time', () => {
    const r = simulate({
      date: '2026-10-25', // Europe/Berlin falls back at 03:00 to 02:00
      start: '00:00',
      end: '2026-10-26T00:00:00',
      settings: { workingHours: { enabled: true, days: { sun: [{ start: '01:00', end: '05:00' }] } }, breakIntervalMin: 120 },
      events: [{ at: '00:00', type: 'active' }],
    });
    expect(r.bouts.map((b) => [b.start, b.end, b.sittingSeconds])).toEqual([
      ['2026-10-25T01:00:00+02:00', '2026-10-25T05:00:00+01:00', 5 * 3600],
    ]);
    expect(r.prompts[0]!.at).toBe('2026-10-25T02:00:00+01:00');
  });
});

describe('scenario files', () => {
  const base = { timeZone: 'Europe/Berlin', start: '2026-03-02T09:00:00', end: '2026-03-02T17:00:00', events: [] };

  it.each([
    [{ ...base, timeZone: 'Nowhere/City' }, 'timeZone: must be an IANA time zone'],
    [{ ...base, end: '2026-03-02T08:00:00' }, 'end: must be after start'],
    [{ ...base, start: '9am' }, 'start: must be a local ISO time'],
    [{ ...base, events: [{ at: '10:00', type: 'teleport' }] }, 'events[0].type: type must be one of'],
    [{ ...base, events: [{ at: '25:00', type: 'active' }] }, 'events[0].at: 25:00 is not a valid time of day'],
    [{ ...base, events: [{ at: '10:00', type: 'clock-jump', by: 'a lot' }] }, 'events[0].by: must be a duration'],
    [{ ...base, events: [{ at: '10:00', type: 'routine', seconds: 60 }] }, 'events[0].posture: required when no routine is named'],
    [{ ...base, events: [{ at: '10:00', type: 'command', command: 'pause' }] }, 'a pause needs exactly one of "for"'],
    [{ ...base, events: [{ at: '10:00', type: 'command', command: 'skip', for: '1h' }] }, 'only a pause takes "for" or "until"'],
    [{ ...base, events: [{ at: '10:00', type: 'active', extra: 1 }] }, 'events[0]: Unrecognized key: "extra"'],
    [{ ...base, settings: { breakIntervalMin: 500 } }, 'settings.breakIntervalMin: must be a whole number from 10 to 120 minutes'],
    [{ ...base, surprise: true }, 'surprise'],
  ])('rejects %j naming the field', (input, message) => {
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });

  it('reads times on the start date or as full local times, and keeps same-instant events in file order', () => {
    const result = parseScenario({
      ...base,
      events: [
        { at: '2026-03-02T12:00:00', type: 'idle' },
        { at: '10:00', type: 'lock' },
        { at: '10:00:00', type: 'unlock' },
        { at: '11:00', type: 'command', command: 'pause', until: '12:30' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events.map((e) => e.type)).toEqual(['lock', 'unlock', 'command', 'idle']);
    expect(result.value.events[0]!.at).toBe(Date.parse('2026-03-02T10:00:00+01:00'));
  });
});
