import type { Dialog, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { Recorder } from './support.js';

export class FakeDialog extends Recorder implements Pick<Dialog, 'showSaveDialog'> {
  /** Knob: what the next save dialogs answer; null means the user cancels. */
  saveAnswer: string | null = null;

  showSaveDialog(...args: [SaveDialogOptions] | [unknown, SaveDialogOptions]): Promise<SaveDialogReturnValue> {
    this.record('showSaveDialog', args);
    const answer = this.saveAnswer;
    return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer });
  }

  reset(): void {
    this.resetRecorder();
    this.saveAnswer = null;
  }
}

export const dialog = new FakeDialog();
