import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateFile } from '../../electron/node/simulate-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const example = {
  timeZone: 'Europe/Berlin',
  start: '2026-03-02T09:00:00',
  end: '2026-03-02T17:00:00',
  settings: { breakIntervalMin: 30 },
  events: [
    { at: '09:00', type: 'active' },
    { at: '09:42', type: 'idle' },
    { at: '10:15', type: 'lock' },
    { at: '10:30', type: 'unlock' },
    { at: '11:00', type: 'suspend' },
    { at: '12:00', type: 'resume' },
    { at: '12:30', type: 'suspend', silent: true },
    { at: '13:00', type: 'resume', silent: true },
    { at: '14:00', type: 'clock-jump', by: '-1h' },
    { at: '14:10', type: 'idle-unavailable' },
    { at: '14:20', type: 'command', command: 'snooze' },
    { at: '14:30', type: 'routine', routine: 'stand-and-stretch', posture: 'standing', seconds: 150 },
  ],
};

describe('npm run simulate', () => {
  it('prints prompts, bouts, refusals and a summary with local ISO times for the documented example', () => {
    const { code, stdout } = simulateFile(file('example.json', example));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['prompts', 'bouts', 'refused', 'summary']);
    expect(out.prompts[0]).toEqual({ at: '2026-03-02T09:30:00+01:00', kind: 'break', routine: expect.any(String) });
    expect(out.bouts[0]).toEqual({ start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T09:42:00+01:00', sittingSeconds: 42 * 60, endedBy: 'away' });
    expect(out.summary).toMatchObject({ breaksTaken: 1, skipped: 0, wakeups: expect.any(Number) });
    // The user is idle from 09:42 on, so no break is due when they try to snooze at 14:20.
    expect(out.refused).toEqual([{ at: '2026-03-02T14:20:00+01:00', command: 'snooze', reason: 'Nothing to snooze: no break is due.' }]);
    // Without idle detection (14:10) the user counts as present; the standing routine ends that bout at its start.
    expect(out.bouts.slice(1, 2)).toEqual([
      { start: '2026-03-02T14:10:00+01:00', end: '2026-03-02T14:30:00+01:00', sittingSeconds: 20 * 60, endedBy: 'break' },
    ]);
  });

  it('rejects a malformed scenario with exit code 2 and names each bad field', () => {
    const bad = file('bad.json', {
      timeZone: 'Mars/Olympus',
      start: '2026-03-02T09:00:00',
      end: '2026-03-02T17:00:00',
      settings: { breakIntervalMin: 5, colour: 'red' },
      events: [{ at: '09:00', type: 'active' }],
    });
    const { code, stderr } = simulateFile(bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/timeZone: must be an IANA time zone/);

    const badSettings = simulateFile(file('bad-settings.json', { ...example, settings: { breakIntervalMin: 5 } }));
    expect(badSettings.code).toBe(2);
    expect(badSettings.stderr).toMatch(/settings\.breakIntervalMin: must be a whole number from 10 to 120 minutes/);

    const badEvent = simulateFile(file('bad-event.json', { ...example, events: [{ at: '18:30', type: 'active' }, { at: '10:00', type: 'command', command: 'dance' }] }));
    expect(badEvent.code).toBe(2);
    expect(badEvent.stderr).toMatch(/events\[1\]\.command: must be one of/);

    const late = simulateFile(file('late.json', { ...example, events: [{ at: '18:30', type: 'active' }] }));
    expect(late.stderr).toMatch(/events\[0\]\.at: 18:30 is outside the scenario/);

    expect(simulateFile(file('not-json.json', '{ nope')).stderr).toMatch(/is not valid JSON/);
    expect(simulateFile(join(dir, 'missing.json')).stderr).toMatch(/cannot read/);
    expect(simulateFile(undefined).stderr).toMatch(/usage/);
  });

  it('runs as a command and exits 2 on a bad file', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/node/simulate-cli.ts', file('cmd-bad.json', { timeZone: 'UTC' })], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/start: /);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'electron/node/simulate-cli.ts', file('cmd-ok.json', example)], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).bouts.length).toBeGreaterThan(0);
  });
});
