import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import type { Disposable } from '../../common/disposable.js';
import type { Translator } from '../../common/i18n/translator.js';
import type { LimberCore } from '../../common/limber-core.js';
import { registerIpc, type SenderGate } from '../ipc.js';

/** Today's figures, the History page's range of days, and the CSV export through the save dialog. */

export interface HistoryFeatureDeps {
  core: LimberCore;
  pageOf: SenderGate;
  translator: () => Translator;
}

export function registerHistoryFeature(deps: HistoryFeatureDeps): Disposable {
  const { core } = deps;

  const exportCsv = async (sender: WebContents): Promise<{ saved: boolean; path: string | null }> => {
    const { csv, fileName } = core.historyExport();
    const { t } = deps.translator();
    const options = {
      title: t('dialog.exportHistory.title'),
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: t('dialog.exportHistory.csvFiles'), extensions: ['csv'] }],
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
      'history:get': ({ from, to }) => core.historyView(from, to),
      'history:export-csv': (_payload, sender) => exportCsv(sender),
    },
    deps.pageOf,
  );
}
