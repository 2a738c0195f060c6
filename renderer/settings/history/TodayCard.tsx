import type { DaySummary } from '../../../electron/common/history-summary.js';
import { useWords, type Key } from '../words.js';
import { GoalBar } from './GoalBar.js';
import { heldLine } from './held-words.js';

/** Goals from the research brief: no sitting bout over 30 minutes, and about two hours upright over a working day. */
const BOUT_GOAL_MIN = 30;
const UPRIGHT_GOAL_MIN = 120;

function boutLevel(minutes: number): 'good' | 'long' | 'very-long' {
  if (minutes > 90) return 'very-long';
  if (minutes > 60) return 'long';
  return 'good';
}

function boutWords(minutes: number): Key {
  if (minutes === 0) return 'history.today.boutNone';
  if (minutes <= BOUT_GOAL_MIN) return 'history.today.boutGood';
  if (minutes <= 60) return 'history.today.boutOver';
  if (minutes <= 90) return 'history.today.boutLong';
  return 'history.today.boutVeryLong';
}

export function TodayCard({ today }: { today: DaySummary }) {
  const words = useWords();
  const { t, number, duration } = words;
  const longest = Math.round(today.longestBoutSeconds / 60);
  const upright = Math.round(today.uprightSeconds / 60);
  const taken = today.breaksTaken + today.postureBreaks;
  const goalHours = UPRIGHT_GOAL_MIN / 60;
  const toGo = UPRIGHT_GOAL_MIN - upright;
  return (
    <section className="today" aria-labelledby="today-title">
      <h2 id="today-title">{t('history.today.title')}</h2>
      <div className="today-grid">
        <div className="tile">
          <p className="tile-label">{t('history.today.sitting')}</p>
          <p className="tile-value">{duration(today.sittingSeconds)}</p>
          <p className="hint">{t('history.today.sittingHint')}</p>
        </div>
        <div className="tile">
          <p className="tile-label">{t('history.today.longest')}</p>
          <p className="tile-value">{duration(today.longestBoutSeconds)}</p>
          <p className="tile-goal">{t('history.today.boutGoal', { minutes: number(BOUT_GOAL_MIN) })}</p>
          <GoalBar value={longest} max={120} goal={BOUT_GOAL_MIN} level={boutLevel(longest)} />
          <p className="hint">{t(boutWords(longest))}</p>
        </div>
        <div className="tile">
          <p className="tile-label">{t('history.today.breaks')}</p>
          <ul className="break-counts">
            <li>
              <Counted text={t('history.today.takenCount', { count: taken })} count={taken} />
            </li>
            <li>
              <Counted text={t('history.today.skippedCount', { count: today.breaksSkipped })} count={today.breaksSkipped} />
            </li>
            <li>
              <Counted text={t('history.today.ignoredCount', { count: today.breaksIgnored })} count={today.breaksIgnored} />
            </li>
            <li>
              <Counted text={t('history.today.naturalCount', { count: today.naturalBreaks })} count={today.naturalBreaks} />
            </li>
          </ul>
          <p className="hint">{t('history.today.naturalHint')}</p>
          {today.breaksIgnored > 0 && <p className="hint">{t('history.today.ignoredHint')}</p>}
          {today.held.length > 0 && (
            <ul className="held-counts" aria-label={t('history.today.heldLabel')}>
              {today.held.map((entry) => (
                <li key={entry.reason}>{heldLine(entry, words)}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="tile">
          <p className="tile-label">{t('history.today.upright')}</p>
          <p className="tile-value">{duration(today.uprightSeconds)}</p>
          <p className="tile-goal">{t('history.today.uprightGoal', { count: goalHours })}</p>
          <GoalBar value={upright} max={UPRIGHT_GOAL_MIN} goal={UPRIGHT_GOAL_MIN} />
          <p className="hint">{upright >= UPRIGHT_GOAL_MIN ? t('history.today.uprightDone') : t('history.today.uprightToGo', { count: toGo })}</p>
        </div>
      </div>
    </section>
  );
}

/**
 * A count in its sentence ("3 taken", where the words agree with the number in many languages), with the number
 * made to stand out. The sentence is the catalogue's whole; the number is found in it, not glued to it, so a
 * language may put it anywhere, or leave it out of a form such as Arabic's "one".
 */
function Counted({ text, count }: { text: string; count: number }) {
  const digits = String(count);
  const at = text.indexOf(digits);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong>{digits}</strong>
      {text.slice(at + digits.length)}
    </>
  );
}
