import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../electron/common/i18n/format.js';
import type { Translate } from '../../electron/common/i18n/translator.js';
import type { BreakPlan, PlanStep } from '../../electron/common/ipc-contract.js';
import { snoozeText } from '../../electron/common/control-text.js';
import { formatMinutes } from '../../electron/common/duration-text.js';
import { postureOf, postureText } from '../../electron/common/routine-posture.js';
import { useLocale } from '../i18n/PageI18n.js';
import type { Ending } from './FinishScreen.js';
import type { Side } from './routine-clock.js';

/**
 * The window's wording in one place, so the screens and the spoken announcements never disagree. Every word comes
 * from the page's catalogue (`break.*`) and every number goes through Intl for the page's locale; main sends the
 * exercises' own words inside the plan, already in the page's language.
 */

export type BodySide = 'left' | 'right';

export function breakWords(t: Translate, locale: string) {
  const number = (value: number, digits = 1) => formatNumber(locale, value, { minimumIntegerDigits: digits, useGrouping: false });

  /** A hold or a timed move, exactly: the countdown beside it shows the same seconds. */
  const lengthText = (seconds: number): string => {
    if (seconds < 60) return t('break.length.seconds', { seconds: number(seconds) });
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0
      ? t('break.length.minutes', { minutes: number(minutes) })
      : t('break.length.minutesSeconds', { minutes: number(minutes), seconds: number(rest) });
  };

  /**
   * How long a routine is, or how long one took: seconds under a minute, whole minutes above, rounded as the tray
   * and the notifications round them (to the nearest minute, hours above an hour), so "2 min" in the menu is
   * "2 min" here.
   */
  const durationText = (seconds: number): string =>
    seconds < 60 ? t('break.length.seconds', { seconds: number(seconds) }) : formatMinutes(t, seconds);

  const doseText = (step: PlanStep): string => {
    const each = step.perSide;
    switch (step.dose.kind) {
      case 'reps':
        return each ? t('break.step.dose.repsEachSide', { count: step.dose.reps }) : t('break.step.dose.reps', { count: step.dose.reps });
      case 'hold': {
        const length = lengthText(step.dose.seconds);
        return each ? t('break.step.dose.holdEachSide', { length }) : t('break.step.dose.hold', { length });
      }
      case 'time': {
        const length = lengthText(step.dose.seconds);
        return each ? t('break.step.dose.timeEachSide', { length }) : t('break.step.dose.time', { length });
      }
    }
  };

  const stepOf = (index: number, count: number) => ({ step: number(index + 1), count: number(count) });

  return {
    number,
    lengthText,
    durationText,
    doseText,

    /** A countdown as people read one: plain seconds under a minute, minutes and seconds above. */
    clockText(seconds: number): string {
      if (seconds < 60) return number(seconds);
      return `${number(Math.floor(seconds / 60))}:${number(seconds % 60, 2)}`;
    },

    /** What a routine asks of the body, by the rule the tray groups its routines by. */
    postureText(plan: Pick<BreakPlan, 'routine' | 'steps'>): string {
      return postureText(t, postureOf(plan.routine.kind, plan.steps.map((step) => step.position)));
    },

    /** The same words as the tray's Snooze item. */
    snoozeText: (minutes: number) => snoozeText(t, minutes),

    movesText: (count: number) => t('break.intro.moves', { count }),

    stepCountText: (index: number, count: number) => t('break.step.count', stepOf(index, count)),

    /** The side badge: the working side when the figure shows one, otherwise which turn this is. */
    sideText(side: Side, working: BodySide | null = null): string | null {
      if (side !== 'both' && working) return working === 'left' ? t('break.step.side.left') : t('break.step.side.right');
      if (side === 'first') return t('break.step.side.first');
      if (side === 'second') return t('break.step.side.other');
      return null;
    },

    /** The figure's text alternative: the movement's name from the exercise data, and the side at work. */
    figureLabel(step: PlanStep, side: Side, working: BodySide | null = null): string {
      if (side === 'both' || !working) return t('break.step.figure', { name: step.name });
      return working === 'left' ? t('break.step.figureLeft', { name: step.name }) : t('break.step.figureRight', { name: step.name });
    },

    breaksTodayText: (count: number) => (count === 1 ? t('break.finish.firstToday') : t('break.finish.breaksToday', { count })),

    /** What the live region says when a segment begins: enough to follow along without looking. */
    segmentAnnouncement(steps: readonly PlanStep[], stepIndex: number, kind: 'exercise' | 'ready', side: Side): string {
      const step = steps[stepIndex];
      if (!step) return '';
      if (kind === 'ready') return t('break.announce.getReady', { name: step.name });
      const where = { ...stepOf(stepIndex, steps.length), name: step.name };
      if (side === 'second') return t('break.announce.stepOtherSide', { ...where, dose: doseText({ ...step, perSide: false }) });
      if (side === 'first') return t('break.announce.stepFirstSide', { ...where, dose: doseText(step) });
      return t('break.announce.step', { ...where, dose: doseText(step) });
    },

    endingAnnouncement(ending: Ending): string {
      if (ending === 'completed') return t('break.announce.completed');
      if (ending === 'too-quick') return t('break.announce.tooQuick');
      return t('break.announce.stopped');
    },
  };
}

export type BreakWords = ReturnType<typeof breakWords>;

/** The window's words in the page's language, and `t` for the ones used once. */
export function useWords(): BreakWords & { t: Translate } {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return useMemo(() => ({ ...breakWords(t, locale), t }), [t, locale]);
}
