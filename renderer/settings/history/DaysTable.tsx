import { useWords } from '../words.js';
import type { ShownDay } from './history-days.js';

export function DaysTable({ days, caption }: { days: ShownDay[]; caption: string }) {
  const { t, number, duration, day: dayName } = useWords();
  return (
    <details className="days-table">
      <summary>{t('history.table.show')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.table.day')}</th>
            <th scope="col">{t('history.table.sitting')}</th>
            <th scope="col">{t('history.table.longest')}</th>
            <th scope="col">{t('history.table.taken')}</th>
            <th scope="col">{t('history.table.natural')}</th>
            <th scope="col">{t('history.table.skipped')}</th>
            <th scope="col">{t('history.table.ignored')}</th>
            <th scope="col">{t('history.table.upright')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map(({ day, summary, recorded }) => (
            <tr key={day}>
              <th scope="row">{dayName(day, 'long')}</th>
              {recorded ? (
                <>
                  <td>{duration(summary.sittingSeconds)}</td>
                  <td>{duration(summary.longestBoutSeconds)}</td>
                  <td>{number(summary.breaksTaken + summary.postureBreaks)}</td>
                  <td>{number(summary.naturalBreaks)}</td>
                  <td>{number(summary.breaksSkipped)}</td>
                  <td>{number(summary.breaksIgnored)}</td>
                  <td>{duration(summary.uprightSeconds)}</td>
                </>
              ) : (
                <td colSpan={7}>{t('history.table.nothing')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
