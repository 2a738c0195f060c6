import { useCallback, useEffect, useRef, useState } from 'react';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';
import { playChime, prepareChime } from './chime.js';
import { FinishScreen } from './FinishScreen.js';
import { useKeyDown } from './hooks.js';
import { IntroScreen, choiceOf, type PostureChoice } from './IntroScreen.js';
import { segmentsOf, type Segment } from './routine-clock.js';
import { RoutineRunner } from './RoutineRunner.js';
import { SoundSwitch } from './SoundSwitch.js';
import { segmentAnnouncement } from './words.js';

type Stage =
  | { name: 'loading' }
  | { name: 'failed' }
  | { name: 'intro' }
  | { name: 'running' }
  | { name: 'finished'; completed: boolean; seconds: number };

export interface BreakWindowProps {
  api: LimberApi;
  /** How long the finish screen stays before the window closes itself. */
  closeAfterMs?: number;
}

export function BreakWindow({ api, closeAfterMs = 8000 }: BreakWindowProps) {
  const [stage, setStage] = useState<Stage>({ name: 'loading' });
  // Both suggestions are kept once seen, so switching back and forth is instant and returns to the original.
  const [plans, setPlans] = useState<Partial<Record<PostureChoice, BreakPlan>>>({});
  const [choice, setChoice] = useState<PostureChoice>('upright');
  const [sound, setSound] = useState(true);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const reported = useRef(false);
  const plan = plans[choice];

  useEffect(() => {
    api
      .invoke('break:get-plan')
      .then((first) => {
        setPlans({ [choiceOf(first)]: first });
        setChoice(choiceOf(first));
        setSound(first.sound);
        setStage({ name: 'intro' });
      })
      .catch(() => setStage({ name: 'failed' }));
  }, [api]);

  const close = useCallback(() => {
    void api.invoke('break:close').catch(() => {});
  }, [api]);

  const choose = (next: PostureChoice) => {
    setNotice(null);
    const known = plans[next];
    if (known) return setChoice(next);
    const alternative = plan?.alternatives[next === 'seated' ? 'seated' : 'standing'];
    if (!alternative) return;
    setBusy(true);
    api
      .invoke('break:get-plan', { routineId: alternative.id })
      .then((loaded) => {
        setPlans((known) => ({ ...known, [next]: loaded }));
        setChoice(next);
      })
      .catch(() => setNotice('That routine could not be loaded. The current one is still ready to go.'))
      .finally(() => setBusy(false));
  };

  const command = (channel: 'break:snooze' | 'break:skip') => {
    setBusy(true);
    setNotice(null);
    api
      .invoke(channel)
      .then((result) => (result.ok ? close() : setNotice(result.reason)))
      .catch(() => setNotice('Something went wrong. Please try again.'))
      .finally(() => setBusy(false));
  };

  const start = () => {
    if (!plan) return;
    prepareChime();
    if (sound) playChime();
    const first = segmentsOf(plan)[0]!;
    setAnnouncement(segmentAnnouncement(plan.steps, first.stepIndex, first.kind, first.side));
    setStage({ name: 'running' });
    void api.invoke('break:started', { routineId: plan.routine.id }).catch(() => {});
  };

  const report = useCallback(
    (completed: boolean, seconds: number) => {
      if (!plan || reported.current) return;
      reported.current = true;
      const outcome = { routineId: plan.routine.id, posture: plan.routine.posture, seconds, completed };
      return api.invoke('break:finished', outcome).catch(() => {});
    },
    [api, plan],
  );

  const segmentChanged = (segment: Segment) => {
    if (!plan) return;
    if (sound) playChime();
    setAnnouncement(segmentAnnouncement(plan.steps, segment.stepIndex, segment.kind, segment.side));
  };

  const finished = (completed: boolean) => (seconds: number) => {
    void report(completed, seconds);
    setAnnouncement(completed ? 'All done. Nice work.' : 'Routine stopped.');
    setStage({ name: 'finished', completed, seconds });
  };

  const stopAndClose = (seconds: number) => {
    void Promise.resolve(report(false, seconds)).then(close);
  };

  useKeyDown((event) => {
    if (event.key === 'Escape' && stage.name !== 'running') {
      event.preventDefault();
      close();
    }
  });

  return (
    <div className="window">
      <header className="topbar">
        <span className="brand">Limber</span>
        {stage.name !== 'finished' && <SoundSwitch on={sound} onChange={setSound} />}
      </header>
      <main className="content">
        {stage.name === 'loading' && <p className="loading">Getting your stretch ready…</p>}
        {stage.name === 'failed' && (
          <section className="screen failed" aria-labelledby="failed-title">
            <h1 id="failed-title">This break did not load</h1>
            <p>Sorry about that. You can close this window and take a short walk instead.</p>
            <button type="button" className="primary" onClick={close} autoFocus>
              Close
            </button>
          </section>
        )}
        {stage.name === 'intro' && plan && (
          <IntroScreen
            plan={plan}
            busy={busy}
            notice={notice}
            onChoose={choose}
            onStart={start}
            onSnooze={() => command('break:snooze')}
            onSkip={() => command('break:skip')}
            onClose={close}
          />
        )}
        {stage.name === 'running' && plan && (
          <RoutineRunner
            plan={plan}
            onSegmentChange={segmentChanged}
            onPauseChange={(paused) => setAnnouncement(paused ? 'Paused.' : 'Resumed.')}
            onComplete={finished(true)}
            onFinishEarly={finished(false)}
            onStopAndClose={stopAndClose}
            onClosedMidway={(seconds) => void report(false, seconds)}
          />
        )}
        {stage.name === 'finished' && plan && (
          <FinishScreen
            routineName={plan.routine.name}
            completed={stage.completed}
            seconds={stage.seconds}
            breaksToday={plan.breaksToday + 1}
            closeAfterMs={closeAfterMs}
            onClose={close}
          />
        )}
      </main>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
