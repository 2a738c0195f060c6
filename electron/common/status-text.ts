import { formatClockTime, type ClockContext } from './clock-format.js';
import type { Translate } from './i18n/translator.js';
import { quietDuring } from './quiet-text.js';
import type { EngineSnapshot } from './sitting-engine.js';

/**
 * The one-line status shown at the top of the tray menu, in its tooltip and by `limber --status`. Every time in
 * it is absolute, so the text written at the last state change is still true when it is read much later. Each
 * combination is one sentence in the catalogue, so a language orders its parts as it needs to.
 */

export function statusLine(t: Translate, snapshot: EngineSnapshot, ctx: ClockContext): string {
  const wall = (at: number) => formatClockTime(at + snapshot.wallOffsetMs, ctx);
  const since = snapshot.bout ? wall(snapshot.bout.start) : null;
  const quiet = snapshot.quiet;
  if (quiet && quiet.heldSince !== null && (snapshot.status === 'sitting' || snapshot.status === 'break-due' || snapshot.status === 'standing')) {
    // A break held through a quiet moment: say why, and during the grace when it comes.
    return quiet.graceUntil === null
      ? t('status.heldQuiet', { reason: quietDuring(t, quiet.reasons) })
      : t('status.heldUntil', { time: wall(quiet.graceUntil) });
  }
  switch (snapshot.status) {
    case 'sitting': {
      const next = snapshot.nextBreakAt !== null ? wall(snapshot.nextBreakAt) : null;
      if (since !== null) return next !== null ? t('status.sittingSinceNext', { since, next }) : t('status.sittingSince', { since });
      return next !== null ? t('status.sittingNext', { next }) : t('status.sitting');
    }
    case 'break-due':
      if (snapshot.snoozedUntil !== null) {
        const until = wall(snapshot.snoozedUntil);
        return since !== null ? t('status.snoozedSince', { until, since }) : t('status.snoozed', { until });
      }
      return since !== null ? t('status.breakDueSince', { since }) : t('status.breakDue');
    case 'standing':
      return snapshot.standingSince !== null ? t('status.standingSince', { since: wall(snapshot.standingSince) }) : t('status.standing');
    case 'in-routine':
      return t('status.inRoutine');
    case 'away':
      return t('status.away');
    case 'waiting':
      return t('status.waiting');
    case 'paused':
      return snapshot.pausedUntil === null ? t('status.pausedUntilResumed') : t('status.pausedUntil', { until: wall(snapshot.pausedUntil) });
    case 'outside-hours':
      return t('status.outsideHours');
  }
}

/** The tooltip adds what the status line leaves to the menu: that idle detection is not working. */
export function tooltipText(t: Translate, snapshot: EngineSnapshot, ctx: ClockContext): string {
  const status = statusLine(t, snapshot, ctx);
  return snapshot.idleDetection === 'unavailable' ? t('tray.tooltipIdleUnavailable', { status }) : t('tray.tooltip', { status });
}
