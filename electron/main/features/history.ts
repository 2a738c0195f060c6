import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { historyDayKey, parseDateKey } from '../../common/calendar.js';
import type { Disposable } from '../../common/disposable.js';
import { historyCsv } from '../../common/history-csv.js';
import { emptyDaySummary, summarizeDays, withOngoing } from '../../common/history-summary.js';
import type { HistoryView } from '../../common/ipc-contract.js';
import type { Settings } from '../../common/settings.js';
import type { EngineClock } from '../../common/timeline.js';
import type { HistoryStore } from '../../node/history-store.js';
import type { LimberCore } from '../../node/limber-core.js';
import { registerIpc, type SenderGate } from '../ipc.js';

/** Today's figures, the History page's range of days, and the CSV export through the save dialog. */

export interface HistoryFeatureDeps {
  core: LimberCore;
  history: HistoryStore;
  clock: EngineClock;
  settings: () => Settings;
  pageOf: SenderGate;
}

/** A history range longer than this is refused rather than read into memory in one go. */
const MAX_HISTORY_DAYS = 400;

export function registerHistoryFeature(deps: HistoryFeatureDeps): Disposable {
  const { core, history, clock } = deps;

  const historyView = (from: string, to: string): HistoryView => {
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    parseDateKey(from);
    parseDateKey(to);
    if (!(span >= 0)) throw new Error('to: must not be before from');
    if (span >= MAX_HISTORY_DAYS) throw new Error(`to: at most ${MAX_HISTORY_DAYS} days per request`);
    const events = history.readRange(from, to);
    const summaries = summarizeDays(events, clock.timeZone(), deps.settings().dayBoundaryHour);
    core.refresh();
    const today = core.todayKey();
    if (today >= from && today <= to) summaries.set(today, withOngoing(summaries.get(today) ?? emptyDaySummary(), core.ongoing()));
    const days = [...summaries].filter(([day]) => day >= from && day <= to).sort(([a], [b]) => (a < b ? -1 : 1));
    return { days: days.map(([day, summary]) => ({ day, summary })), events };
  };

  const exportCsv = async (sender: WebContents): Promise<{ saved: boolean; path: string | null }> => {
    const days = history.days();
    const events = days.length > 0 ? history.readRange(days[0]!, days[days.length - 1]!) : [];
    const timeZone = clock.timeZone();
    const csv = historyCsv(events, timeZone);
    const today = historyDayKey(clock.wallNow(), timeZone, 0);
    const options = {
      title: 'Export Limber history',
      defaultPath: path.join(app.getPath('documents'), `limber-history-${today}.csv`),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const parent = BrowserWindow.fromWebContents(sender);
    const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return { saved: false, path: null };
    await writeFile(answer.filePath, csv, 'utf8');
    return { saved: true, path: answer.filePath };
  };

  return registerIpc(
    {
      'today:get': () => {
        core.refresh();
        return core.todaySummary();
      },
      'history:get': ({ from, to }) => historyView(from, to),
      'history:export-csv': (_payload, sender) => exportCsv(sender),
    },
    deps.pageOf,
  );
}
