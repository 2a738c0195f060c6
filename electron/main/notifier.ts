import { Notification } from 'electron';
import { snoozeText } from '../common/control-text.js';
import type { Translate } from '../common/i18n/translator.js';
import { microBreakText, promptText } from '../common/prompt-text.js';
import type { QuietReason } from '../common/quiet-moments.js';
import { quietNoticeText } from '../common/quiet-text.js';
import type { Prompt } from '../common/sitting-engine.js';

/**
 * Desktop notifications. Electron holds notifications weakly, so every one that can still be clicked is kept
 * here; otherwise a click after garbage collection would silently do nothing. A notification that timed out is
 * still clickable in the notification centre (Windows' Action Center, GNOME's list), so only the user dismissing
 * it, or Limber replacing or withdrawing it, lets it go. Each kind shows at most one at a time: a reminder
 * replaces the prompt before it rather than stacking up. Buttons exist only on macOS and Windows (Linux servers
 * offer a single default action, which is the click). Where notifications are unsupported or fail (an unsigned
 * macOS build fails every one), the break window opens instead, without taking focus.
 */

export interface NotifierActions {
  start(): void;
  snooze(): void;
  /** The micro-break notification was clicked: play its short routine. */
  microRoutine(): void;
  /** Shown instead of a prompt that cannot be shown. */
  fallback(): void;
  log(message: string, error?: unknown): void;
}

export interface Notice {
  title: string;
  body: string;
  click(): void;
  /** Notifications are unsupported or this one failed. */
  unavailable(): void;
}

type Kind = 'prompt' | 'micro' | 'notice';

export class Notifier {
  private readonly live = new Map<Notification, Kind>();

  constructor(
    private readonly platform: NodeJS.Platform,
    private readonly actions: NotifierActions,
    /** Asked for at each notification, so one shown after a language switch speaks the new language. */
    private readonly options: () => { silent: boolean; snoozeMin: number; snoozesLeft: number; t: Translate },
  ) {}

  prompt(prompt: Prompt): void {
    this.dismiss('prompt');
    if (!Notification.isSupported()) return this.actions.fallback();
    const { silent, snoozeMin, snoozesLeft, t } = this.options();
    const { title, body } = promptText(t, prompt);
    const buttons = this.platform === 'darwin' || this.platform === 'win32';
    const note = new Notification({
      title,
      body,
      silent,
      urgency: 'normal',
      ...(buttons
        ? {
            actions: [
              { type: 'button' as const, text: t('notify.start') },
              ...(snoozesLeft > 0 ? [{ type: 'button' as const, text: snoozeText(t, snoozeMin) }] : []),
            ],
          }
        : {}),
    });
    this.track(note, 'prompt', () => this.actions.fallback());
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
    this.dismiss('micro');
    if (!Notification.isSupported()) return;
    const { title, body } = microBreakText(this.options().t, seconds);
    const note = new Notification({ title, body, silent: true, urgency: 'low' });
    this.track(note, 'micro', null);
    note.on('click', () => {
      this.forget(note);
      this.actions.microRoutine();
    });
    note.show();
  }

  /** A break held past the hold limit: said once, quietly; it opens no window when notifications fail. */
  quietNotice(reasons: QuietReason[], heldSeconds: number): void {
    this.dismiss('micro');
    if (!Notification.isSupported()) return;
    const { title, body } = quietNoticeText(this.options().t, reasons, heldSeconds);
    const note = new Notification({ title, body, silent: true, urgency: 'low' });
    this.track(note, 'micro', null);
    note.on('click', () => {
      this.forget(note);
      this.actions.start();
    });
    note.show();
  }

  /** A one-off message from Limber itself, such as settings repaired from a damaged file. */
  notice(notice: Notice): void {
    if (!Notification.isSupported()) return notice.unavailable();
    const note = new Notification({ title: notice.title, body: notice.body });
    this.track(note, 'notice', () => notice.unavailable());
    note.on('click', () => {
      this.forget(note);
      notice.click();
    });
    note.show();
  }

  /** The prompt is no longer true (break taken, snoozed, skipped): take it off the screen. */
  withdraw(): void {
    this.dismiss('prompt');
  }

  /** Limber is quitting: nothing it showed can be acted on any more. */
  withdrawAll(): void {
    for (const note of [...this.live.keys()]) this.close(note);
  }

  get liveCount(): number {
    return this.live.size;
  }

  private dismiss(kind: Kind): void {
    for (const [note, k] of [...this.live]) if (k === kind) this.close(note);
  }

  private track(note: Notification, kind: Kind, onFailure: (() => void) | null): void {
    this.live.set(note, kind);
    note.on('close', (details) => {
      if (details.reason === 'userCanceled') this.forget(note);
    });
    note.on('failed', (_event, error) => {
      this.forget(note);
      this.actions.log(`Notification failed: ${error}`);
      onFailure?.();
    });
  }

  private close(note: Notification): void {
    this.forget(note);
    note.close();
  }

  private forget(note: Notification): void {
    this.live.delete(note);
    note.removeAllListeners();
  }
}
