import { useRef, useState, type KeyboardEvent } from 'react';
import { useWords, type Words } from '../words.js';
import { breaksOf, type ShownDay } from './history-days.js';

/**
 * Sitting per day as bars, each with its longest sitting bout drawn inside it and the number of breaks above it.
 * Every bar can be hovered to read its numbers; by keyboard the chart is one Tab stop, and the arrow keys, Home and
 * End move from bar to bar (starting at the newest day). The table below the chart holds the same data.
 *
 * Time runs the way the page reads: left to right, or right to left in Arabic, with the hours on the side the
 * reading starts from. The arrow keys follow what they point at, so in a mirrored chart Left goes to a newer day.
 */

const WIDTH = 600;
const HEIGHT = 220;
const AXIS = 34;
const TOP = 22;
const BOTTOM = 24;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const PLOT_W = WIDTH - AXIS - 4;

export function dayText({ day, summary, recorded }: ShownDay, { t, duration, day: dayName }: Words): string {
  if (!recorded) return t('history.chart.nothing', { day: dayName(day, 'long') });
  const breaks = breaksOf(summary);
  return t('history.chart.day', {
    day: dayName(day, 'long'),
    sitting: duration(summary.sittingSeconds),
    longest: duration(summary.longestBoutSeconds),
    count: breaks,
  });
}

export function DaysChart({ days, title }: { days: ShownDay[]; title: string }) {
  const words = useWords();
  const { t, number, dir } = words;
  const rtl = dir === 'rtl';
  const [active, setActive] = useState<number | null>(null);
  // Counted from the newest day, so switching between 7 and 30 days keeps the Tab stop on today.
  const [fromNewest, setFromNewest] = useState(0);
  const bars = useRef<Array<SVGRectElement | null>>([]);
  const focusable = Math.max(0, days.length - 1 - fromNewest);
  const setCurrent = (index: number) => setFromNewest(days.length - 1 - index);
  const onKey = (event: KeyboardEvent) => {
    const last = days.length - 1;
    const newer = Math.min(focusable + 1, last);
    const older = Math.max(focusable - 1, 0);
    const index = { ArrowRight: rtl ? older : newer, ArrowLeft: rtl ? newer : older, Home: 0, End: last }[event.key];
    if (index === undefined) return;
    event.preventDefault();
    setCurrent(index);
    bars.current[index]?.focus();
  };
  const hours = Math.max(4, Math.ceil(Math.max(...days.map((d) => d.summary.sittingSeconds)) / 3600));
  const y = (seconds: number) => TOP + PLOT_H - (seconds / (hours * 3600)) * PLOT_H;
  const column = PLOT_W / days.length;
  const barWidth = column * 0.62;
  // Where column i starts, from the left edge of the drawing: the oldest day is where reading begins.
  const plotStart = rtl ? 4 : AXIS;
  const columnAt = (i: number) => plotStart + (rtl ? days.length - 1 - i : i) * column;
  const gridFrom = rtl ? 0 : AXIS;
  const gridTo = rtl ? WIDTH - AXIS : WIDTH;
  const everyLabel = days.length > 10 ? 5 : 1;
  const shown = active === null ? null : days[active];
  return (
    <div className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} onKeyDown={onKey} direction="ltr">
        {Array.from({ length: hours + 1 }, (_, h) => (
          <g key={h} className="grid" aria-hidden="true">
            <line x1={gridFrom} x2={gridTo} y1={y(h * 3600)} y2={y(h * 3600)} />
            {h % (hours > 8 ? 2 : 1) === 0 && (
              <text x={rtl ? WIDTH - AXIS + 6 : AXIS - 6} y={y(h * 3600) + 4} textAnchor={rtl ? 'start' : 'end'}>
                {t('history.chart.hours', { n: number(h) })}
              </text>
            )}
          </g>
        ))}
        {days.map((d, i) => {
          const x = columnAt(i) + (column - barWidth) / 2;
          const { sittingSeconds, longestBoutSeconds } = d.summary;
          const breaks = breaksOf(d.summary);
          return (
            <g key={d.day} className={`day-bar${active === i ? ' active' : ''}`} data-day={d.day}>
              {d.recorded && (
                <g aria-hidden="true">
                  <rect className="bar-sitting" x={x} width={barWidth} y={y(sittingSeconds)} height={TOP + PLOT_H - y(sittingSeconds)} rx={2} />
                  <rect className="bar-longest" x={x + barWidth * 0.2} width={barWidth * 0.6} y={y(longestBoutSeconds)} height={TOP + PLOT_H - y(longestBoutSeconds)} />
                  {breaks > 0 && (
                    <text className="bar-breaks" x={x + barWidth / 2} y={y(sittingSeconds) - 5} textAnchor="middle">
                      {number(breaks)}
                    </text>
                  )}
                </g>
              )}
              {(i % everyLabel === 0 || i === days.length - 1) && (
                <text className="bar-day" x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" aria-hidden="true">
                  {days.length > 10 ? words.day(d.day, 'dayOfMonth') : words.day(d.day, 'short')}
                </text>
              )}
              <rect
                className="bar-target"
                x={columnAt(i)}
                width={column}
                y={TOP - 18}
                height={PLOT_H + 18}
                ref={(el) => {
                  bars.current[i] = el;
                }}
                tabIndex={i === focusable ? 0 : -1}
                role="img"
                aria-label={dayText(d, words)}
                onMouseEnter={() => setActive(i)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => {
                  setActive(i);
                  setCurrent(i);
                }}
                onBlur={() => setActive(null)}
              />
            </g>
          );
        })}
        <line className="axis" x1={gridFrom} x2={gridTo} y1={TOP + PLOT_H} y2={TOP + PLOT_H} aria-hidden="true" />
      </svg>
      {/* One place for the numbers of the bar in hand, so they never cover the chart or the controls above it. */}
      <p className="chart-readout" aria-hidden="true">
        {shown ? dayText(shown, words) : t('history.chart.readout')}
      </p>
      <ul className="legend" aria-label={t('history.chart.key')}>
        <li>
          <span className="swatch sitting" /> {t('history.chart.sitting')}
        </li>
        <li>
          <span className="swatch longest" /> {t('history.chart.longest')}
        </li>
        <li>
          <span className="swatch breaks">{number(3)}</span> {t('history.chart.breaks')}
        </li>
      </ul>
    </div>
  );
}
