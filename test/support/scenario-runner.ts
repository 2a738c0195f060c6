import { parseScenario } from '../../electron/common/scenario.js';
import { runScenario, type SimulationHooks, type SimulationResult } from '../../electron/common/simulation.js';
import { testCatalogue } from './engine-fixtures.js';

export interface DayScript {
  date?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  settings?: Record<string, unknown>;
  events: Array<Record<string, unknown>>;
  platform?: 'linux' | 'macos' | 'windows';
}

/**
 * Runs a scripted day (default 09:00–17:00 on Monday 2 March 2026, Berlin) through the app's core, as the
 * simulator does, and fails loudly on a bad script.
 */
export function simulate(script: DayScript, hooks?: SimulationHooks): SimulationResult {
  const date = script.date ?? '2026-03-02';
  const parsed = parseScenario({
    timeZone: script.timeZone ?? 'Europe/Berlin',
    start: `${date}T${script.start ?? '09:00'}:00`,
    end: script.end?.includes('T') ? script.end : `${date}T${script.end ?? '17:00'}:00`,
    settings: script.settings ?? {},
    events: script.events,
    ...(script.platform ? { platform: script.platform } : {}),
  }, { routine: testCatalogue.byId });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return runScenario(parsed.value, testCatalogue, hooks);
}

/** `2026-03-02T09:30:00+01:00` → `09:30` (or `09:30:15`), for short assertions. */
export function hm(iso: string): string {
  const time = iso.slice(11, 19);
  return time.endsWith(':00') ? time.slice(0, 5) : time;
}
