import { globalShortcut } from 'electron';

/**
 * The global "Stretch now" shortcut. Another application may own the combination already; that is a fact to
 * show in Settings, never a reason to fail.
 */
export class StretchShortcut {
  private registered: string | null = null;
  problem: string | null = null;

  constructor(private readonly onPress: () => void) {}

  apply(accelerator: string): void {
    if (accelerator === this.registered && this.problem === null) return;
    this.clear();
    if (accelerator === '') return;
    try {
      if (globalShortcut.register(accelerator, this.onPress)) this.registered = accelerator;
      else this.problem = `${readable(accelerator)} is already used by another application. Choose a different shortcut.`;
    } catch (error) {
      this.problem = `${readable(accelerator)} is not a key combination this system accepts (${(error as Error).message}).`;
    }
  }

  clear(): void {
    if (this.registered !== null) globalShortcut.unregister(this.registered);
    this.registered = null;
    this.problem = null;
  }
}

function readable(accelerator: string): string {
  const platform = process.platform;
  return accelerator.replace('CommandOrControl', platform === 'darwin' ? 'Cmd' : 'Ctrl').replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl');
}
