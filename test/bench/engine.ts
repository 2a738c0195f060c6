import { parseScenario, type Scenario } from '../../electron/common/scenario.js';
import { runEngineScenario, runScenario } from '../../electron/common/simulation.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';

/**
 * Wakeups and CPU of the sitting engine, measured by running it in the simulator. The polling figure runs a
 * 1-second loop, as today's break apps do, over the same simulated hours, so both numbers come from one run.
 */

function scenario(body: Record<string, unknown>): Scenario {
  const parsed = parseScenario({ timeZone: 'Europe/Berlin', ...body });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

/** A loop that wakes every second to compare the clock with the next deadline, counted over `ms`. */
function pollingWakeups(ms: number): number {
  let wakeups = 0;
  for (let t = 1000; t <= ms; t += 1000) wakeups += 1;
  return wakeups;
}

function mixedMonth(): Scenario {
  const events: Array<Record<string, unknown>> = [];
  const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
  for (let d = 2; d <= 31; d++) {
    const on = (hm: string) => `${day(d)}T${hm}:00`;
    events.push(
      { at: on('08:55'), type: 'active' },
      { at: on('09:40'), type: 'idle' },
      { at: on('09:43'), type: 'active' },
      { at: on('10:31'), type: 'routine', posture: 'standing', seconds: 160 },
      { at: on('11:20'), type: 'command', command: 'snooze' },
      { at: on('12:15'), type: 'lock' },
      { at: on('13:05'), type: 'unlock' },
      { at: on('13:06'), type: 'active' },
      { at: on('14:00'), type: 'command', command: 'standing-on' },
      { at: on('14:40'), type: 'command', command: 'standing-off' },
      { at: on('15:30'), type: 'routine', posture: 'seated', seconds: 120 },
      { at: on('16:45'), type: 'command', command: 'skip' },
      { at: on('18:00'), type: 'suspend' },
      { at: `${day(d + 1 > 31 ? 31 : d + 1)}T${d + 1 > 31 ? '23:00' : '08:50'}:00`, type: 'resume' },
    );
  }
  return scenario({
    start: '2026-03-02T08:00:00',
    end: '2026-04-01T00:00:00',
    settings: { microBreak: { enabled: true } },
    events,
  });
}

/**
 * Times the core's one timer fires inside one whole hour (09:00 to 10:00, the start counted, the end not) in the
 * middle of a longer day, so the hour is in its steady state. Counted where the simulator fires the timer the core
 * armed through its timer port, so every wake the core really makes is in it, whatever rule asked for it.
 */
function wakesInSteadyHour(body: Record<string, unknown>): number {
  const from = Date.parse('2026-03-02T08:00:00Z'); // 09:00 in Berlin
  let wakes = 0;
  runScenario(scenario({ start: '2026-03-02T08:00:00', end: '2026-03-02T11:00:00', ...body }), defaultCatalogue, {
    timerFired: (trueNow) => {
      if (trueNow >= from && trueNow < from + 3600_000) wakes += 1;
    },
  });
  return wakes;
}

/**
 * An hour away, every way the user can be away from it: gone with the machine awake (a return check a minute),
 * the screen locked (announced, or only seen in the idle state as on Linux), standing and gone, and the hours in
 * which Limber does not track but must still compare its clocks every 2 min (`clockCheckRule`): paused, outside
 * working hours, and without idle detection.
 */
const AWAY_HOURS: Record<string, Record<string, unknown>> = {
  gone: { events: [] },
  locked: { events: [{ at: '08:00', type: 'active' }, { at: '08:30', type: 'lock' }] },
  lockedOnLinux: { platform: 'linux', events: [{ at: '08:00', type: 'active' }, { at: '08:30', type: 'lock' }] },
  standingAndGone: { events: [{ at: '08:00', type: 'active' }, { at: '08:00', type: 'command', command: 'standing-on' }, { at: '08:10', type: 'idle' }] },
  paused: { events: [{ at: '08:30', type: 'command', command: 'pause', for: '2h' }] },
  outsideWorkingHours: { settings: { workingHours: { enabled: true, days: { mon: [{ start: '12:00', end: '17:00' }] } } }, events: [] },
  lockedWithoutIdleDetection: { events: [{ at: '08:00', type: 'idle-unavailable' }, { at: '08:30', type: 'lock' }] },
};

export function measureEngine(): Record<string, number> {
  const hour = 3600_000;
  // Continuous input: the 2-min short-gap threshold must be looked at when it could first be reached, 2 min after
  // the latest input, so one wake every 2 min: 30 an hour. Two hours between breaks, so none falls due.
  const active = wakesInSteadyHour({ settings: { breakIntervalMin: 120 }, events: [{ at: '08:00', type: 'active' }] });
  // Away: a return is looked for once a minute while tracking, 60 an hour; outside tracking the clocks are
  // compared every 2 min, 30. The figure is the most of any way of being away.
  const awayHours = new Map(Object.entries(AWAY_HOURS).map(([way, body]) => [way, wakesInSteadyHour(body)]));
  const away = Math.max(...awayHours.values());
  const outsideTracking = Math.max(awayHours.get('paused')!, awayHours.get('outsideWorkingHours')!);

  const month = mixedMonth();
  runEngineScenario(month, defaultCatalogue); // warm-up, so the figure is the engine's and not the module loader's
  const before = process.cpuUsage();
  const result = runEngineScenario(month, defaultCatalogue);
  const cpu = process.cpuUsage(before);
  // The same month through the app's core: the engine plus what the app does around it (history, tray model, status).
  runScenario(month, defaultCatalogue);
  const beforeCore = process.cpuUsage();
  runScenario(month, defaultCatalogue);
  const cpuCore = process.cpuUsage(beforeCore);

  return {
    wakeups_per_active_hour: active,
    wakeups_per_away_hour: away,
    wakeups_per_hour_outside_tracking: outsideTracking,
    polling_wakeups_per_active_hour: pollingWakeups(hour),
    engine_cpu_ms_30_days: Math.round((cpu.user + cpu.system) / 1000),
    engine_cpu_ms_30_days_core: Math.round((cpuCore.user + cpuCore.system) / 1000),
    engine_wakeups_30_days: result.summary.wakeups,
  };
}
