import { formatMinutes } from './clock-format.js';
import { quietOver } from './quiet-text.js';
import type { Prompt } from './sitting-engine.js';

/** What a desktop notification says. Title and body name the routine and its length, so one glance is enough. */

export interface NotificationText {
  title: string;
  body: string;
}

export function promptText(prompt: Prompt): NotificationText {
  const routine = `${prompt.routine.name} (${formatMinutes(prompt.routine.seconds)})`;
  // What to do, by what the suggested routine is: a seated one is no call to stand up.
  const seated = prompt.routine.posture === 'seated';
  if (prompt.heldFor) {
    const over = quietOver(prompt.heldFor.reasons);
    if (prompt.reason === 'standing') return { title: `${over} — time to move or sit down`, body: `Try ${routine}.` };
    return { title: `${over} — ${seated ? 'time for a break' : 'time to stand up'}`, body: `You've been sitting for ${formatMinutes(prompt.sittingSeconds)}. Try ${routine}.` };
  }
  if (prompt.reason === 'standing') {
    return { title: `Standing a while: try ${routine}`, body: 'A short move or a sit-down is good after a long spell on your feet.' };
  }
  const sat = `You've been sitting for ${formatMinutes(prompt.sittingSeconds)}.`;
  const what = seated ? 'A few minutes of gentle stretches in your chair.' : 'Stand up and move for a couple of minutes.';
  if (prompt.kind === 'reminder') return { title: `Still time to stretch: ${routine}`, body: `${sat} ${what}` };
  return { title: `Time to stretch: ${routine}`, body: `${sat} ${what}` };
}

export function microBreakText(seconds: number): NotificationText {
  return {
    title: 'Rest your eyes',
    body: `Look at something far away for ${seconds} seconds, and roll your shoulders. Click for a one-minute eyes and hands routine.`,
  };
}
