import { globalShortcut } from 'electron';
import type { Translate } from '../common/i18n/translator.js';

/**
 * The global "Stretch now" shortcut. Another application may own the combination already; that is a fact to
 * show in Settings, never a reason to fail.
 */
export class StretchShortcut {
  private registered: string | null = null;
  private issue: { kind: 'taken' | 'invalid'; accelerator: string; detail: string } | null = null;

  constructor(private readonly onPress: () => void) {}

  apply(accelerator: string): void {
    if (accelerator === this.registered && this.issue === null) return;
    this.clear();
    if (accelerator === '') return;
    try {
      if (globalShortcut.register(accelerator, this.onPress)) this.registered = accelerator;
      else this.issue = { kind: 'taken', accelerator, detail: '' };
    } catch (error) {
      this.issue = { kind: 'invalid', accelerator, detail: (error as Error).message };
    }
  }

  /** Why the shortcut does not work, in the reader's words, or null when it does (or there is none). */
  problem(t: Translate): string | null {
    const issue = this.issue;
    if (!issue) return null;
    const shortcut = readable(issue.accelerator);
    return issue.kind === 'taken' ? t('dialog.problems.shortcutTaken', { shortcut }) : t('dialog.problems.shortcutInvalid', { shortcut, detail: issue.detail });
  }

  clear(): void {
    if (this.registered !== null) globalShortcut.unregister(this.registered);
    this.registered = null;
    this.issue = null;
  }
}

function readable(accelerator: string): string {
  const platform = process.platform;
  return accelerator.replace('CommandOrControl', platform === 'darwin' ? 'Cmd' : 'Ctrl').replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl');
}
