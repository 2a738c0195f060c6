import { useEffect, useState } from 'react';
import type { DaySummary } from '../../../electron/common/history-summary.js';
import type { HistoryView, LimberApi } from '../../../electron/common/ipc-contract.js';
import { DaysChart } from './DaysChart.js';
import { DaysTable } from './DaysTable.js';
import { ExportButton } from './ExportButton.js';
import { TodayCard } from './TodayCard.js';
import { daysEndingOn, showDays, todayKey } from './history-days.js';

type Range = 7 | 30;

interface Loaded {
  today: DaySummary;
  history: HistoryView;
  keys: string[];
}

/** History comes from main through the bridge; this page never reads a file. */
export function HistoryPanel({ api, boundaryHour }: { api: LimberApi; boundaryHour: number }) {
  const [loaded, setLoaded] = useState<Loaded | 'loading' | 'failed'>('loading');
  const [range, setRange] = useState<Range>(7);
  // Main says when something happened (a break, a bout ended, a pause): the figures are read again then, so a
  // window left open does not go stale. It never pushes by the minute.
  const [changes, setChanges] = useState(0);
  useEffect(() => api.onStateChanged(() => setChanges((n) => n + 1)), [api]);

  useEffect(() => {
    const keys = daysEndingOn(todayKey(Date.now(), boundaryHour), 30);
    Promise.all([api.invoke('today:get'), api.invoke('history:get', { from: keys[0]!, to: keys[keys.length - 1]! })])
      .then(([today, history]) => setLoaded({ today, history, keys }))
      .catch(() => setLoaded((current) => (typeof current === 'object' ? current : 'failed')));
  }, [api, boundaryHour, changes]);

  if (loaded === 'loading') return <p className="loading">Gathering your days…</p>;
  if (loaded === 'failed') return <p className="notice">Your history could not be read just now. Closing and opening this window again may help.</p>;

  const days = showDays(loaded.history, loaded.keys.slice(-range));
  const anything = days.some((d) => d.recorded);
  const title = `Sitting per day, last ${range} days`;
  return (
    <div className="history">
      <TodayCard today={loaded.today} />
      <section className="section" aria-labelledby="days-title">
        <div className="days-head">
          <h2 id="days-title">Last {range} days</h2>
          <div className="range-switch" role="group" aria-label="How many days">
            {([7, 30] as const).map((n) => (
              <button key={n} type="button" aria-pressed={range === n} onClick={() => setRange(n)}>
                {n} days
              </button>
            ))}
          </div>
        </div>
        {anything ? (
          <>
            <DaysChart days={days} title={title} />
            <DaysTable days={days} caption={title} />
          </>
        ) : (
          <p className="empty">No days recorded yet. Once Limber has kept you company for a day, it shows up here.</p>
        )}
      </section>
      <ExportButton api={api} />
    </div>
  );
}
