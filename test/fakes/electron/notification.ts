import type { Notification as RealNotification, NotificationConstructorOptions } from 'electron';
import { createFakeEvent, Recorder } from './support.js';

type NotificationStatics = typeof import('electron').Notification;

export class FakeNotification extends Recorder implements Pick<RealNotification, 'show' | 'close' | 'title' | 'body' | 'silent' | 'urgency'> {
  /** Knob: what `Notification.isSupported()` answers. */
  static supported = true;
  /** Every notification constructed since the last reset. */
  static readonly created: FakeNotification[] = [];

  static isSupported(): ReturnType<NotificationStatics['isSupported']> {
    return FakeNotification.supported;
  }

  static resetRegistry(): void {
    FakeNotification.supported = true;
    FakeNotification.created.length = 0;
  }

  readonly options: NotificationConstructorOptions;
  title: string;
  body: string;
  silent: boolean;
  urgency: RealNotification['urgency'];
  shown = false;
  closed = false;

  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.silent = options.silent ?? false;
    this.urgency = options.urgency ?? 'normal';
    FakeNotification.created.push(this);
  }

  show(): void {
    this.record('show', []);
    this.shown = true;
    this.closed = false;
    this.emit('show', createFakeEvent());
  }

  close(): void {
    this.record('close', []);
    if (this.closed) return;
    this.closed = true;
    this.emit('close', createFakeEvent());
  }

  /** Test helper: the user clicks the notification body. */
  click(): void {
    this.emit('click', createFakeEvent());
  }

  /** Test helper: the user presses the action button at `index` (macOS and Windows only). */
  pressAction(index: number): void {
    this.emit('action', createFakeEvent(), index, -1);
  }

  /**
   * Test helper: the system closes the notification for a `reason` (Windows' toast timing out into the Action
   * Center, the user dismissing it). A timed-out one can still be clicked in the notification centre.
   */
  closeBySystem(reason: 'timedOut' | 'userCanceled'): void {
    this.closed = true;
    this.emit('close', createFakeEvent({ reason }));
  }

  /** Test helper: the notification server rejected it (unsigned macOS builds do this every time). */
  fail(error = 'failed'): void {
    this.emit('failed', createFakeEvent(), error);
  }
}
