import { afterEach, describe, expect, it } from 'vitest';
import { Notification as FakeNotification, resetElectronFake } from '../fakes/electron.js';
import { Notifier } from '../../electron/main/notifier.js';
import { en } from '../support/translators.js';
import type { Prompt } from '../../electron/common/sitting-engine.js';

/* What a user sees of a prompt and can still do with it, platform by platform. */

const PROMPT: Prompt = {
  kind: 'break',
  reason: 'sitting',
  routine: { id: 'move-break', name: 'Move Break', posture: 'moving', seconds: 120 },
  reminder: 0,
  sittingSeconds: 1800,
};

function notifier(platform: NodeJS.Platform, snoozesLeft = 2) {
  const done: string[] = [];
  const n = new Notifier(
    platform,
    { start: () => done.push('start'), snooze: () => done.push('snooze'), microRoutine: () => done.push('micro'), fallback: () => done.push('fallback'), log: () => {} },
    () => ({ silent: false, snoozeMin: 10, snoozesLeft, t: en }),
  );
  return { n, done };
}

const last = () => FakeNotification.created.at(-1)!;

afterEach(() => resetElectronFake());

describe('Notifier', () => {
  it('offers Start and Snooze buttons on macOS and Windows, and only a click on Linux', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { n, done } = notifier(platform);
      n.prompt(PROMPT);
      expect(last().options.actions?.map((a) => a.text)).toEqual(['Start', 'Snooze 10 min']);
      last().pressAction(1);
      expect(done).toEqual(['snooze']);
    }
    const linux = notifier('linux');
    linux.n.prompt(PROMPT);
    expect(last().options.actions).toBeUndefined();
    last().click();
    expect(linux.done).toEqual(['start']);
    expect(linux.n.liveCount).toBe(0);
  });

  it('leaves out Snooze once no snoozes are left', () => {
    const { n } = notifier('win32', 0);
    n.prompt(PROMPT);
    expect(last().options.actions?.map((a) => a.text)).toEqual(['Start']);
  });

  it('keeps a timed-out prompt clickable from the notification centre, and lets a dismissed one go', () => {
    const { n, done } = notifier('win32');
    n.prompt(PROMPT);
    const expired = last();
    expired.closeBySystem('timedOut');
    expect(n.liveCount).toBe(1);
    expired.click();
    expect(done).toEqual(['start']);

    n.prompt(PROMPT);
    last().closeBySystem('userCanceled');
    expect(n.liveCount).toBe(0);
  });

  it('replaces the earlier prompt with a reminder instead of stacking them', () => {
    const { n } = notifier('linux');
    n.prompt(PROMPT);
    const first = last();
    first.closeBySystem('timedOut');
    n.prompt({ ...PROMPT, reminder: 1 });
    expect(first.callsTo('close')).toHaveLength(1);
    expect(n.liveCount).toBe(1);
  });

  it('plays the short routine when a micro-break notification is clicked', () => {
    const { n, done } = notifier('linux');
    n.microBreak(20);
    last().click();
    expect(done).toEqual(['micro']);
  });

  it('withdraws prompts when the break no longer applies, and everything at quit', () => {
    const { n } = notifier('linux');
    n.prompt(PROMPT);
    n.microBreak(20);
    n.withdraw();
    expect(n.liveCount).toBe(1);
    n.withdrawAll();
    expect(n.liveCount).toBe(0);
    expect(FakeNotification.created.every((note) => note.closed)).toBe(true);
  });

  it('falls back when a prompt fails, and tells a notice it could not be shown', () => {
    const { n, done } = notifier('darwin');
    n.prompt(PROMPT);
    last().fail('not signed');
    expect(done).toEqual(['fallback']);
    let unavailable = 0;
    FakeNotification.supported = false;
    n.notice({ title: 't', body: 'b', click: () => {}, unavailable: () => unavailable++ });
    expect(unavailable).toBe(1);
    expect(n.liveCount).toBe(0);
  });
});
