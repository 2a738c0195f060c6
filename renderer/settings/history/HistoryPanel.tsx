import { useEffect, useState } from 'react';
import type { DaySummary } from '../../../electron/common/history-summary.js';
import type { HistoryView, LimberApi } from '../../../electron/common/ipc-contract.js';
import { DaysChart } from './DaysChart.js';
import { DaysTable } from './DaysTable.js';
import { ExportButton } from './ExportButton.js';
import { TodayCard } from './TodayCard.js';
import { daysEndingOn, showDays, todayKey } from './history-days.js';
import { useWords } from '../words.js';

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
  const { t } = useWords();
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

  if (loaded === 'loading') return <p className="loading">{t('history.loading')}</p>;
  if (loaded === 'failed') return <p className="notice">{t('history.failed')}</p>;

  const days = showDays(loaded.history, loaded.keys.slice(-range));
  const anything = days.some((d) => d.recorded);
  const title = t('history.days.chartTitle', { count: range });
  return (
    <div className="history">
      <TodayCard today={loaded.today} />
      <section className="section" aria-labelledby="days-title">
        <div className="days-head">
          <h2 id="days-title">{t('history.days.title', { count: range })}</h2>
          <div className="range-switch" role="group" aria-label={t('history.days.rangeLabel')}>
            {([7, 30] as const).map((n) => (
              <button key={n} type="button" aria-pressed={range === n} onClick={() => setRange(n)}>
                {t('history.days.range', { count: n })}
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
          <p className="empty">{t('history.days.empty')}</p>
        )}
      </section>
      <ExportButton api={api} />
    </div>
  );
}
