import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';
import { choiceOf, type PostureChoice } from './IntroScreen.js';

export interface BreakPlans {
  status: 'loading' | 'failed' | 'ready';
  /** The plan on screen: the suggestion, or the other posture's once switched. */
  plan: BreakPlan | undefined;
  switching: boolean;
  /** Why switching failed, if it did. */
  problem: string | null;
  choose(next: PostureChoice): void;
}

/**
 * The opening suggestion and, once asked for, the other posture's. Both are kept, so switching back and forth is
 * instant and always returns to the original suggestion rather than a new one.
 */
export function useBreakPlans(api: LimberApi): BreakPlans {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BreakPlans['status']>('loading');
  const [plans, setPlans] = useState<Partial<Record<PostureChoice, BreakPlan>>>({});
  const [choice, setChoice] = useState<PostureChoice>('upright');
  const [switching, setSwitching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const plan = plans[choice];

  useEffect(() => {
    api
      .invoke('break:get-plan')
      .then((first) => {
        setPlans({ [choiceOf(first)]: first });
        setChoice(choiceOf(first));
        setStatus('ready');
      })
      .catch(() => setStatus('failed'));
  }, [api]);

  // The window's own words follow a switch of language through PageI18n; the routine's words came inside the
  // plans, so those are asked for again, in the new language. The player keeps its place: only words change.
  const known = useRef(plans);
  useEffect(() => {
    known.current = plans;
  });
  useEffect(
    () =>
      api.onLanguageChanged(() => {
        for (const [choice, held] of Object.entries(known.current) as Array<[PostureChoice, BreakPlan]>) {
          api
            .invoke('break:get-plan', { routineId: held.routine.id })
            .then((again) => setPlans((now) => (now[choice]?.routine.id === again.routine.id ? { ...now, [choice]: again } : now)))
            .catch(() => {});
        }
      }),
    [api],
  );

  const choose = (next: PostureChoice) => {
    setProblem(null);
    if (plans[next]) return setChoice(next);
    const alternative = plan?.alternatives[next === 'seated' ? 'seated' : 'standing'];
    if (!alternative) return;
    setSwitching(true);
    api
      .invoke('break:get-plan', { routineId: alternative.id })
      .then((loaded) => {
        setPlans((known) => ({ ...known, [next]: loaded }));
        setChoice(next);
      })
      .catch(() => setProblem(t('break.intro.switchFailed')))
      .finally(() => setSwitching(false));
  };

  return { status, plan, switching, problem, choose };
}
