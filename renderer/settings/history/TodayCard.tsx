import { useTranslation } from 'react-i18next';
import type { DaySummary } from '../../../electron/common/history-summary.js';
import { countText, durationText } from '../words.js';
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

function boutWords(minutes: number): string {
  if (minutes === 0) return 'Nothing yet today.';
  if (minutes <= BOUT_GOAL_MIN) return 'Nicely broken up.';
  if (minutes <= 60) return 'A little over the goal. A stretch a bit sooner makes it.';
  if (minutes <= 90) return 'A long one. Standing up for a minute sooner helps your back.';
  return 'A very long one. Any short walk breaks it up, even to fetch water.';
}

export function TodayCard({ today }: { today: DaySummary }) {
  const { t } = useTranslation();
  const longest = Math.round(today.longestBoutSeconds / 60);
  const upright = Math.round(today.uprightSeconds / 60);
  const taken = today.breaksTaken + today.postureBreaks;
  return (
    <section className="today" aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      <div className="today-grid">
        <div className="tile">
          <p className="tile-label">Sitting</p>
          <p className="tile-value">{durationText(today.sittingSeconds)}</p>
          <p className="hint">Counts the sitting bout you are in now.</p>
        </div>
        <div className="tile">
          <p className="tile-label">Longest sitting bout</p>
          <p className="tile-value">{durationText(today.longestBoutSeconds)}</p>
          <p className="tile-goal">Goal: {BOUT_GOAL_MIN} min or less</p>
          <GoalBar value={longest} max={120} goal={BOUT_GOAL_MIN} level={boutLevel(longest)} />
          <p className="hint">{boutWords(longest)}</p>
        </div>
        <div className="tile">
          <p className="tile-label">Breaks</p>
          <ul className="break-counts">
            <li>
              <strong>{taken}</strong> taken
            </li>
            <li>
              <strong>{today.breaksSkipped}</strong> skipped
            </li>
            <li>
              <strong>{today.breaksIgnored}</strong> {t('history.today.ignored', { count: today.breaksIgnored })}
            </li>
            <li>
              <strong>{today.naturalBreaks}</strong> on your own
            </li>
          </ul>
          <p className="hint">“On your own” means you stepped away from the computer.</p>
          {today.breaksIgnored > 0 && <p className="hint">{t('history.today.ignoredHint')}</p>}
          {today.held.length > 0 && (
            <ul className="held-counts" aria-label="Breaks held during quiet moments">
              {today.held.map((entry) => (
                <li key={entry.reason}>{heldLine(entry)}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="tile">
          <p className="tile-label">Upright</p>
          <p className="tile-value">{durationText(today.uprightSeconds)}</p>
          <p className="tile-goal">Goal: {UPRIGHT_GOAL_MIN / 60} hours a day</p>
          <GoalBar value={upright} max={UPRIGHT_GOAL_MIN} goal={UPRIGHT_GOAL_MIN} />
          <p className="hint">
            {upright >= UPRIGHT_GOAL_MIN ? 'Goal reached. Well done.' : `Standing and moving breaks count. ${countText(UPRIGHT_GOAL_MIN - upright, 'minute', 'minutes')} to go.`}
          </p>
        </div>
      </div>
    </section>
  );
}
