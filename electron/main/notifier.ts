import { Notification } from 'electron';
import { microBreakText, promptText } from '../common/prompt-text.js';
import type { Prompt } from '../common/sitting-engine.js';

/**
 * Desktop notifications for prompts. Electron holds notifications weakly, so every live one is kept in a set
 * until it is clicked or closed; otherwise a click after garbage collection would silently do nothing. Buttons
 * exist only on macOS and Windows (Linux servers offer a single default action, which is the click).
 * Where notifications are unsupported or fail (an unsigned macOS build fails every one), the break window opens
 * instead, without taking focus.
 */

export interface NotifierActions {
  start(): void;
  snooze(): void;
  /** Shown instead of a notification that cannot be shown. */
  fallback(): void;
  log(message: string, error?: unknown): void;
}

export class Notifier {
  private readonly live = new Set<Notification>();

  constructor(
    private readonly platform: NodeJS.Platform,
    private readonly actions: NotifierActions,
    private readonly options: () => { silent: boolean; snoozeMin: number; snoozesLeft: number },
  ) {}

  prompt(prompt: Prompt): void {
    if (!Notification.isSupported()) return this.actions.fallback();
    const { title, body } = promptText(prompt);
    const { silent, snoozeMin, snoozesLeft } = this.options();
    const buttons = this.platform === 'darwin' || this.platform === 'win32';
    const note = new Notification({
      title,
      body,
      silent,
      urgency: 'normal',
      ...(buttons
        ? {
            actions: [
              { type: 'button' as const, text: 'Start' },
              ...(snoozesLeft > 0 ? [{ type: 'button' as const, text: `Snooze ${snoozeMin} min` }] : []),
            ],
          }
        : {}),
    });
    this.track(note, true);
    note.on('click', () => {
      this.forget(note);
      this.actions.start();
    });
    note.on('action', (_event, index) => {
      this.forget(note);
      if (index === 0) this.actions.start();
      else this.actions.snooze();
    });
    note.show();
  }

  microBreak(seconds: number): void {
    if (!Notification.isSupported()) return;
    const { title, body } = microBreakText(seconds);
    const note = new Notification({ title, body, silent: true, urgency: 'low' });
    this.track(note, false);
    note.on('click', () => this.forget(note));
    note.show();
  }

  /** The prompt is no longer true (break taken, snoozed, skipped): take it off the screen. */
  withdraw(): void {
    const notes = [...this.live];
    this.live.clear();
    for (const note of notes) {
      note.removeAllListeners();
      note.close();
    }
  }

  get liveCount(): number {
    return this.live.size;
  }

  private track(note: Notification, fallbackOnFailure: boolean): void {
    this.live.add(note);
    note.on('close', () => this.forget(note));
    note.on('failed', (_event, error) => {
      this.forget(note);
      this.actions.log(`Notification failed: ${error}`);
      if (fallbackOnFailure) this.actions.fallback();
    });
  }

  private forget(note: Notification): void {
    this.live.delete(note);
    note.removeAllListeners();
  }
}
