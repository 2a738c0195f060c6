import { useTranslation } from 'react-i18next';
import { durationText } from '../words.js';
import { dayLabel, type ShownDay } from './history-days.js';

export function DaysTable({ days, caption }: { days: ShownDay[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <details className="days-table">
      <summary>Show these days as a table</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Sitting</th>
            <th scope="col">Longest bout</th>
            <th scope="col">Breaks taken</th>
            <th scope="col">On your own</th>
            <th scope="col">Skipped</th>
            <th scope="col">{t('history.table.ignored')}</th>
            <th scope="col">Upright</th>
          </tr>
        </thead>
        <tbody>
          {days.map(({ day, summary, recorded }) => (
            <tr key={day}>
              <th scope="row">{dayLabel(day, 'long')}</th>
              {recorded ? (
                <>
                  <td>{durationText(summary.sittingSeconds)}</td>
                  <td>{durationText(summary.longestBoutSeconds)}</td>
                  <td>{summary.breaksTaken + summary.postureBreaks}</td>
                  <td>{summary.naturalBreaks}</td>
                  <td>{summary.breaksSkipped}</td>
                  <td>{summary.breaksIgnored}</td>
                  <td>{durationText(summary.uprightSeconds)}</td>
                </>
              ) : (
                <td colSpan={7}>Nothing recorded</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
