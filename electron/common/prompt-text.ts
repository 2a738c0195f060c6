import { formatMinutes } from './duration-text.js';
import type { Translate } from './i18n/translator.js';
import { quietOver } from './quiet-text.js';
import type { Prompt } from './sitting-engine.js';

/** What a desktop notification says. Title and body name the routine and its length, so one glance is enough. */

export interface NotificationText {
  title: string;
  body: string;
}

export function promptText(t: Translate, prompt: Prompt): NotificationText {
  const routine = t('common.routineWithLength', { name: prompt.routine.name, duration: formatMinutes(t, prompt.routine.seconds) });
  const duration = formatMinutes(t, prompt.sittingSeconds);
  // What to do, by what the suggested routine is: a seated one is no call to stand up.
  const seated = prompt.routine.posture === 'seated';
  if (prompt.heldFor) {
    const over = quietOver(t, prompt.heldFor.reasons);
    if (prompt.reason === 'standing') return { title: t('notify.held.titleStood', { over }), body: t('notify.held.bodyStood', { routine }) };
    return {
      title: seated ? t('notify.held.titleSeated', { over }) : t('notify.held.titleStanding', { over }),
      body: t('notify.held.body', { duration, routine }),
    };
  }
  if (prompt.reason === 'standing') return { title: t('notify.standing.title', { routine }), body: t('notify.standing.body') };
  const body = seated ? t('notify.prompt.bodySeated', { duration }) : t('notify.prompt.bodyStanding', { duration });
  if (prompt.kind === 'reminder') return { title: t('notify.prompt.reminderTitle', { routine }), body };
  return { title: t('notify.prompt.title', { routine }), body };
}

export function microBreakText(t: Translate, seconds: number): NotificationText {
  return { title: t('notify.micro.title'), body: t('notify.micro.body', { count: seconds }) };
}
