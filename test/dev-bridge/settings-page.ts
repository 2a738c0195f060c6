import type { Channel, SettingsView } from '../../electron/common/ipc-contract.js';
import { historyDayKey } from '../../electron/common/calendar.js';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { historyCsv } from '../../electron/common/history-csv.js';
import { summarizeDay, summarizeDays } from '../../electron/common/history-summary.js';
import type { SignalStatus } from '../../electron/common/quiet-moments.js';
import { quietView } from '../../electron/common/quiet-view.js';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../electron/common/settings.js';

/**
 * `npm run dev:renderer` only: main's side of the Settings window. Settings are checked with main's own patch
 * rules and kept in sessionStorage, so a reload shows what was saved, as reopening the window would. History is
 * four weeks of made-up working days, the same on every load.
 *
 * `?welcome` opens on the first-run welcome; `?repaired` shows the banner of a repaired settings file.
 */

const STORE_KEY = 'limber-dev-settings-view';
const MIN = 60_000;

type Log = (...args: unknown[]) => void;

/** A GNOME desktop on X11 with no camera, as its adapters would describe it; a call is going on. */
export const DEV_QUIET_STATUSES: SignalStatus[] = [
  { reason: 'dnd', reading: 'off', source: 'gnome-dnd', unavailable: null },
  { reason: 'dnd', reading: 'unknown', source: 'notifications-dnd', unavailable: { code: 'no-owner', service: 'org.freedesktop.Notifications' } },
  { reason: 'dnd', reading: 'unknown', source: 'xfce-dnd', unavailable: { code: 'no-owner', service: 'org.xfce.Xfconf' } },
  { reason: 'awake', reading: 'off', source: 'gnome-idle-inhibit', unavailable: null },
  { reason: 'fullscreen', reading: 'off', source: 'x11-fullscreen', unavailable: null },
  { reason: 'call', reading: 'on', source: 'mic-camera', unavailable: null },
  { reason: 'app', reading: 'off', source: 'quiet-apps', unavailable: null },
];

export const DEV_RUNNING_APPS = ['code', 'firefox', 'gnome-terminal-server', 'obs', 'slack', 'spotify', 'zoom'];

function initialView(params: URLSearchParams): SettingsView {
  const platform = /Mac/.test(navigator.platform) ? 'darwin' : /Win/.test(navigator.platform) ? 'win32' : 'linux';
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    recovery: params.has('repaired') ? { droppedFields: ['breakIntervalMin', 'workingHours'], backupFile: 'config.corrupt-dev.json' } : null,
    idleDetection: 'available',
    shortcutProblem: null,
    launchAtLoginProblem: null,
    platform,
    firstRunDone: !params.has('welcome'),
    trayIcon: 'visible',
  };
}

/** A small deterministic generator, so the made-up history is the same on every reload. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Working days of the last four weeks: bouts of 20–80 min, each ended by a break, a skip or time away. */
function madeUpHistory(now: number): HistoryEvent[] {
  const random = seeded(42);
  const events: HistoryEvent[] = [];
  const today = new Date(now);
  for (let back = 27; back >= 0; back--) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 9, 0);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    let t = day.getTime();
    const end = Math.min(day.getTime() + 8 * 60 * MIN, now);
    while (t + 20 * MIN < end) {
      const sitting = Math.round(20 + random() * 60) * MIN;
      const boutEnd = Math.min(t + sitting, end);
      events.push({ type: 'bout', at: boutEnd, start: t, end: boutEnd, sittingSeconds: (boutEnd - t) / 1000, cause: 'break' });
      const roll = random();
      if (roll < 0.6) {
        const seconds = 150 + Math.round(random() * 300);
        events.push({ type: 'break', at: boutEnd + seconds * 1000, start: boutEnd, routine: 'move-break', posture: 'moving', seconds, partial: false });
        t = boutEnd + seconds * 1000;
      } else if (roll < 0.8) {
        events.push({ type: 'skipped', at: boutEnd });
        t = boutEnd + 60_000;
      } else {
        t = boutEnd + Math.round(10 + random() * 40) * MIN;
      }
    }
  }
  return events;
}

export function settingsPageHandlers(log: Log, params: URLSearchParams): { [C in Channel]?: (payload: unknown) => unknown } {
  const load = (): SettingsView => {
    const saved = sessionStorage.getItem(STORE_KEY);
    return saved ? (JSON.parse(saved) as SettingsView) : initialView(params);
  };
  const save = (view: SettingsView) => sessionStorage.setItem(STORE_KEY, JSON.stringify(view));
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const history = madeUpHistory(Date.now());
  const dayOf = (at: number) => historyDayKey(at, timeZone, load().settings.dayBoundaryHour);

  return {
    'settings:get': () => load(),
    'settings:update': (patch) => {
      const view = load();
      const result = applySettingsPatch(view.settings, patch);
      if (!result.ok) return { ok: false, errors: result.errors };
      save({ ...view, settings: result.value });
      return { ok: true, settings: result.value };
    },
    'settings:restore-defaults': () => {
      save({ ...load(), settings: structuredClone(DEFAULT_SETTINGS) });
      return { ok: true, settings: DEFAULT_SETTINGS };
    },
    'settings:dismiss-recovery-notice': () => save({ ...load(), recovery: null }),
    'app:complete-first-run': () => save({ ...load(), firstRunDone: true }),
    'today:get': () => summarizeDay(history.filter((e) => dayOf(e.at) === dayOf(Date.now()))),
    'history:get': (payload) => {
      const { from, to } = payload as { from: string; to: string };
      const events = history.filter((e) => dayOf(e.at) >= from && dayOf(e.at) <= to);
      const days = [...summarizeDays(events, timeZone, load().settings.dayBoundaryHour)].map(([day, summary]) => ({ day, summary }));
      return { days, events };
    },
    'history:export-csv': () => {
      log('history:export-csv: the file main would save', historyCsv(history, timeZone));
      return { saved: true, path: '/home/you/Documents/limber-history.csv' };
    },
    'link:open': (payload) => log('link:open: main would open the browser on link', (payload as { id: string }).id),
    'quiet:get': (payload) => quietView(DEV_QUIET_STATUSES, (payload as { runningApps?: boolean } | undefined)?.runningApps ? DEV_RUNNING_APPS : null),
    'app:open-log-folder': () => {
      log('app:open-log-folder: main would show <userData>/logs in the file manager');
      return { ok: true };
    },
  };
}
