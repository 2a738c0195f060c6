import { useCallback, useEffect, useRef, useState } from 'react';
import type { LimberApi } from '../../electron/common/ipc-contract.js';
import { playChime, prepareChime } from './chime.js';
import { FailedScreen } from './FailedScreen.js';
import { FinishScreen, type Ending } from './FinishScreen.js';
import { GapQuestion } from './GapQuestion.js';
import { useKeyDown } from './hooks.js';
import { IntroScreen } from './IntroScreen.js';
import { Loading } from './Loading.js';
import { segmentsOf, type Segment } from './routine-clock.js';
import { RoutineRunner } from './RoutineRunner.js';
import { SoundSwitch } from './SoundSwitch.js';
import { useBreakPlans } from './useBreakPlans.js';
import { useOutcomeReport } from './useOutcomeReport.js';
import { useWords } from './words.js';

type Stage = { name: 'intro' } | { name: 'running' } | { name: 'finished'; ending: Ending; seconds: number };

export interface BreakWindowProps {
  api: LimberApi;
  /** How long the finish screen stays before the window closes itself. */
  closeAfterMs?: number;
}

export function BreakWindow({ api, closeAfterMs = 8000 }: BreakWindowProps) {
  const { t, endingAnnouncement, segmentAnnouncement } = useWords();
  const plans = useBreakPlans(api);
  useEffect(() => {
    document.title = t('break.windowTitle');
  }, [t]);
  const { plan } = plans;
  const report = useOutcomeReport(api, plan);
  const [stage, setStage] = useState<Stage>({ name: 'intro' });
  // null until the user touches the switch: until then the setting in the plan decides.
  const [soundChoice, setSoundChoice] = useState<boolean | null>(null);
  const sound = soundChoice ?? plan?.sound ?? true;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Once: Close now, Esc and the finish screen's own timer may all ask, and main should hear it one time.
  const closing = useRef(false);
  const close = useCallback(() => {
    if (closing.current) return;
    closing.current = true;
    void api.invoke('break:close').catch(() => {
      closing.current = false;
    });
  }, [api]);

  const command = (channel: 'break:snooze' | 'break:skip') => {
    setBusy(true);
    setNotice(null);
    api
      .invoke(channel)
      .then((result) => (result.ok ? close() : setNotice(result.reason)))
      .catch(() => setNotice(t('break.intro.commandFailed')))
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

  const segmentChanged = (segment: Segment) => {
    if (!plan) return;
    if (sound) playChime();
    setAnnouncement(segmentAnnouncement(plan.steps, segment.stepIndex, segment.kind, segment.side));
  };

  const finished = (ending: Ending, seconds: number) => {
    // The last hold often ends with eyes off the screen; the chime says the routine is over.
    if (ending !== 'stopped' && sound) playChime();
    void report(ending !== 'stopped', seconds);
    setAnnouncement(endingAnnouncement(ending));
    setStage({ name: 'finished', ending, seconds });
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
        {plan && stage.name !== 'finished' && <SoundSwitch on={sound} onChange={setSoundChoice} />}
      </header>
      <main className="content">
        {plans.status === 'loading' && <Loading label={t('break.loading')} />}
        {plans.status === 'failed' && <FailedScreen onClose={close} />}
        {stage.name === 'intro' && plan && (
          <IntroScreen
            plan={plan}
            busy={busy || plans.switching}
            notice={notice ?? plans.problem}
            onChoose={(next) => {
              setNotice(null);
              plans.choose(next);
            }}
            onStart={start}
            onSnooze={() => command('break:snooze')}
            onSkip={() => command('break:skip')}
            onClose={close}
          >
            {plan.shortGap && <GapQuestion api={api} gap={plan.shortGap} />}
          </IntroScreen>
        )}
        {stage.name === 'running' && plan && (
          <RoutineRunner
            plan={plan}
            onSegmentChange={segmentChanged}
            onPauseChange={(paused) => setAnnouncement(paused ? t('break.announce.paused') : t('break.announce.resumed'))}
            onReachEnd={(seconds, completed) => finished(completed ? 'completed' : 'too-quick', seconds)}
            onFinishEarly={(seconds) => finished('stopped', seconds)}
            onStopAndClose={(seconds) => void report(false, seconds).then(close)}
            onClosedMidway={(seconds) => void report(false, seconds)}
          />
        )}
        {stage.name === 'finished' && plan && (
          <FinishScreen
            routineName={plan.routine.name}
            plannedSeconds={plan.routine.seconds}
            ending={stage.ending}
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
