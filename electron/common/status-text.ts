import { formatClockTime, type ClockContext } from './clock-format.js';
import { quietDuring } from './quiet-text.js';
import type { EngineSnapshot } from './sitting-engine.js';

/**
 * The one-line status shown at the top of the tray menu, in its tooltip and by `limber --status`. Every time in
 * it is absolute, so the text written at the last state change is still true when it is read much later.
 */

export function statusLine(snapshot: EngineSnapshot, ctx: ClockContext): string {
  const wall = (t: number) => formatClockTime(t + snapshot.wallOffsetMs, ctx);
  const sittingSince = snapshot.bout ? `sitting since ${wall(snapshot.bout.start)}` : null;
  const quiet = snapshot.quiet;
  if (quiet && quiet.heldSince !== null && (snapshot.status === 'sitting' || snapshot.status === 'break-due' || snapshot.status === 'standing')) {
    // A break held through a quiet moment: say why, and during the grace when it comes.
    return quiet.graceUntil === null ? `Break waiting · ${quietDuring(quiet.reasons)}` : `Break waiting · at ${wall(quiet.graceUntil)}`;
  }
  switch (snapshot.status) {
    case 'sitting':
      return join(
        sittingSince ? capitalize(sittingSince) : 'Sitting',
        snapshot.nextBreakAt !== null ? `next stretch ≈ ${wall(snapshot.nextBreakAt)}` : null,
      );
    case 'break-due':
      if (snapshot.snoozedUntil !== null) return join(`Snoozed until ${wall(snapshot.snoozedUntil)}`, sittingSince);
      return join('Time for a stretch', sittingSince);
    case 'standing':
      return snapshot.standingSince !== null ? `Standing since ${wall(snapshot.standingSince)}` : 'Standing';
    case 'in-routine':
      return 'Stretching now';
    case 'away':
      return 'Away from the desk';
    case 'waiting':
      return 'Not sitting right now';
    case 'paused':
      return snapshot.pausedUntil === null ? 'Paused until you resume' : `Paused until ${wall(snapshot.pausedUntil)}`;
    case 'outside-hours':
      return 'Outside working hours';
  }
}

/** The tooltip adds what the status line leaves to the menu: that idle detection is not working. */
export function tooltipText(snapshot: EngineSnapshot, ctx: ClockContext): string {
  const line = `Limber · ${statusLine(snapshot, ctx)}`;
  return snapshot.idleDetection === 'unavailable' ? `${line} · idle detection unavailable` : line;
}

function join(...parts: Array<string | null>): string {
  return parts.filter((p): p is string => p !== null).join(' · ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
