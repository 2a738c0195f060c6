import { describe, expect, it } from 'vitest';
import { QuietHold } from '../../electron/common/quiet-hold.js';
import {
  DEFAULT_QUIET_MOMENTS,
  activeQuietReasons,
  combineReadings,
  quietMomentsSchema,
  unknownReadings,
  type QuietMomentsSettings,
} from '../../electron/common/quiet-moments.js';
import { DEFAULT_SETTINGS, applySettingsPatch, salvageSettings } from '../../electron/common/settings.js';

const MIN = 60_000;
const settings = (patch: Partial<QuietMomentsSettings> = {}): QuietMomentsSettings => ({ ...DEFAULT_QUIET_MOMENTS, ...patch });

describe('quiet readings', () => {
  it('any source saying on wins, a known off beats unknown', () => {
    expect(combineReadings([{ dnd: 'off' }, { dnd: 'on' }]).dnd).toBe('on');
    expect(combineReadings([{ dnd: 'unknown' }, { dnd: 'off' }]).dnd).toBe('off');
    expect(combineReadings([{ call: 'on' }]).dnd).toBe('unknown');
  });

  it('unknown never holds, and a switched-off signal is ignored', () => {
    const readings = { ...unknownReadings(), call: 'on' as const, dnd: 'on' as const };
    expect(activeQuietReasons(readings, DEFAULT_QUIET_MOMENTS)).toEqual(['call', 'dnd']);
    expect(activeQuietReasons(readings, settings({ signals: { ...DEFAULT_QUIET_MOMENTS.signals, dnd: false } }))).toEqual(['call']);
    expect(activeQuietReasons(unknownReadings(), DEFAULT_QUIET_MOMENTS)).toEqual([]);
  });
});

describe('quiet-moment settings', () => {
  it('defaults: every signal on, 1 min grace, 90 min hold limit, no apps', () => {
    expect(DEFAULT_SETTINGS.quietMoments).toEqual(DEFAULT_QUIET_MOMENTS);
    expect(DEFAULT_QUIET_MOMENTS).toMatchObject({ graceMin: 1, holdLimitMin: 90, apps: [] });
    expect(Object.values(DEFAULT_QUIET_MOMENTS.signals).every(Boolean)).toBe(true);
  });

  it('names the field and its range when a value is out of bounds', () => {
    const grace = applySettingsPatch(DEFAULT_SETTINGS, { quietMoments: { graceMin: 11 } });
    expect(grace).toEqual({ ok: false, errors: ['quietMoments.graceMin must be a whole number from 0 to 10 minutes'] });
    const limit = applySettingsPatch(DEFAULT_SETTINGS, { quietMoments: { holdLimitMin: 20 } });
    expect(limit.ok).toBe(false);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { quietMoments: { holdLimitMin: 'never' } }).ok).toBe(true);
    expect(quietMomentsSchema.safeParse({ ...DEFAULT_QUIET_MOMENTS, apps: ['/usr/bin/zoom'] }).success).toBe(false);
    expect(quietMomentsSchema.safeParse({ ...DEFAULT_QUIET_MOMENTS, apps: ['zoom', 'Zoom'] }).success).toBe(false);
    expect(quietMomentsSchema.safeParse({ ...DEFAULT_QUIET_MOMENTS, apps: ['zoom', 'obs'] }).success).toBe(true);
  });

  it('a damaged quiet-moment value costs only that value', () => {
    const { settings: s, dropped } = salvageSettings({ ...DEFAULT_SETTINGS, quietMoments: { ...DEFAULT_QUIET_MOMENTS, graceMin: 'x', apps: ['zoom'] } });
    expect(dropped).toEqual(['quietMoments.graceMin']);
    expect(s.quietMoments.apps).toEqual(['zoom']);
    expect(s.quietMoments.graceMin).toBe(1);
  });
});

describe('QuietHold', () => {
  it('holds a break through a call and delivers it one grace after the call ends', () => {
    const hold = new QuietHold(settings());
    hold.observe(0, ['call']);
    expect(hold.consult(10 * MIN, 'break')).toEqual({ verdict: 'hold', reasons: ['call'] });
    expect(hold.nextWakeAt(10 * MIN)).toBe(100 * MIN); // the hold limit, 90 min after it was first held
    hold.observe(50 * MIN, []);
    expect(hold.nextWakeAt(50 * MIN)).toBe(51 * MIN);
    expect(hold.consult(50.5 * MIN, 'break')).toMatchObject({ verdict: 'hold', reasons: ['call'] });
    expect(hold.consult(51 * MIN, 'break')).toEqual({
      verdict: 'deliver',
      after: { kind: 'break', start: 10 * MIN, end: 51 * MIN, reasons: ['call'], limitNotice: false },
    });
    expect(hold.consult(52 * MIN, 'reminder')).toEqual({ verdict: 'deliver', after: null });
  });

  it('gives one quiet notice at the hold limit, then keeps holding', () => {
    const hold = new QuietHold(settings({ holdLimitMin: 30 }));
    hold.observe(0, ['presentation']);
    expect(hold.consult(0, 'break').verdict).toBe('hold');
    expect(hold.consult(29 * MIN, 'break').verdict).toBe('hold');
    expect(hold.consult(30 * MIN, 'break')).toEqual({ verdict: 'limit-notice', reasons: ['presentation'], heldSince: 0 });
    expect(hold.consult(31 * MIN, 'break').verdict).toBe('hold');
    expect(hold.nextWakeAt(31 * MIN)).toBeNull();
    hold.observe(40 * MIN, []);
    expect(hold.consult(41 * MIN, 'break')).toMatchObject({ verdict: 'deliver', after: { limitNotice: true } });
  });

  it('never gives the notice when the limit is off', () => {
    const hold = new QuietHold(settings({ holdLimitMin: 'never' }));
    hold.observe(0, ['dnd']);
    hold.consult(0, 'break');
    expect(hold.consult(24 * 60 * MIN, 'break').verdict).toBe('hold');
    expect(hold.nextWakeAt(MIN)).toBeNull();
  });

  it('drops micro-breaks in a quiet moment and in its grace', () => {
    const hold = new QuietHold(settings());
    hold.observe(0, ['fullscreen']);
    expect(hold.consult(MIN, 'micro')).toEqual({ verdict: 'drop', reasons: ['fullscreen'] });
    hold.observe(2 * MIN, []);
    expect(hold.consult(2.5 * MIN, 'micro').verdict).toBe('drop');
    expect(hold.consult(3 * MIN, 'micro')).toEqual({ verdict: 'deliver', after: null });
  });

  it('a signal flapping every few seconds keeps the prompt held until it settles', () => {
    const hold = new QuietHold(settings());
    hold.observe(0, ['call']);
    hold.consult(0, 'break');
    let delivered = 0;
    for (let t = 5_000; t < 10 * MIN; t += 5_000) {
      hold.observe(t, (t / 5_000) % 2 === 0 ? ['call'] : []);
      if (hold.consult(t, 'break').verdict === 'deliver') delivered++;
    }
    expect(delivered).toBe(0);
    hold.observe(10 * MIN, []);
    expect(hold.consult(11 * MIN, 'break')).toMatchObject({ verdict: 'deliver', after: { start: 0, end: 11 * MIN } });
  });

  it('remembers every reason seen while held, and survives a save and restore', () => {
    const hold = new QuietHold(settings());
    hold.observe(0, ['dnd']);
    hold.consult(0, 'break');
    hold.observe(MIN, ['dnd', 'call']);
    const restored = new QuietHold(settings(), JSON.parse(JSON.stringify(hold.toJSON())));
    restored.observe(5 * MIN, []);
    expect(restored.reasons()).toEqual(['dnd', 'call']);
    expect(restored.cancel(5 * MIN)).toMatchObject({ start: 0, end: 5 * MIN, reasons: ['dnd', 'call'] });
    expect(restored.heldSince()).toBeNull();
  });
});

describe('settings written before quiet moments', () => {
  it('load with the quiet-moment defaults and nothing reported as repaired', () => {
    const { quietMoments: _omitted, ...older } = DEFAULT_SETTINGS;
    const parsed = salvageSettings(older);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.settings.quietMoments).toEqual(DEFAULT_QUIET_MOMENTS);
  });
});
