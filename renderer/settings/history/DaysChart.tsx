import { useRef, useState, type KeyboardEvent } from 'react';
import { durationText } from '../words.js';
import { breaksOf, dayLabel, type ShownDay } from './history-days.js';

/**
 * Sitting per day as bars, each with its longest sitting bout drawn inside it and the number of breaks above it.
 * Every bar can be hovered to read its numbers; by keyboard the chart is one Tab stop, and the arrow keys, Home and
 * End move from bar to bar (starting at the newest day). The table below the chart holds the same data.
 */

const WIDTH = 600;
const HEIGHT = 220;
const LEFT = 34;
const TOP = 22;
const BOTTOM = 24;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const PLOT_W = WIDTH - LEFT - 4;

export function dayText({ day, summary, recorded }: ShownDay): string {
  if (!recorded) return `${dayLabel(day, 'long')}: nothing recorded`;
  const breaks = breaksOf(summary);
  return `${dayLabel(day, 'long')}: sitting ${durationText(summary.sittingSeconds)}, longest bout ${durationText(summary.longestBoutSeconds)}, ${breaks} ${breaks === 1 ? 'break' : 'breaks'}`;
}

export function DaysChart({ days, title }: { days: ShownDay[]; title: string }) {
  const [active, setActive] = useState<number | null>(null);
  // Counted from the newest day, so switching between 7 and 30 days keeps the Tab stop on today.
  const [fromNewest, setFromNewest] = useState(0);
  const bars = useRef<Array<SVGRectElement | null>>([]);
  const focusable = Math.max(0, days.length - 1 - fromNewest);
  const setCurrent = (index: number) => setFromNewest(days.length - 1 - index);
  const onKey = (event: KeyboardEvent) => {
    const last = days.length - 1;
    const index = { ArrowRight: Math.min(focusable + 1, last), ArrowLeft: Math.max(focusable - 1, 0), Home: 0, End: last }[event.key];
    if (index === undefined) return;
    event.preventDefault();
    setCurrent(index);
    bars.current[index]?.focus();
  };
  const hours = Math.max(4, Math.ceil(Math.max(...days.map((d) => d.summary.sittingSeconds)) / 3600));
  const y = (seconds: number) => TOP + PLOT_H - (seconds / (hours * 3600)) * PLOT_H;
  const column = PLOT_W / days.length;
  const barWidth = column * 0.62;
  const everyLabel = days.length > 10 ? 5 : 1;
  const shown = active === null ? null : days[active];
  return (
    <div className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} onKeyDown={onKey}>
        {Array.from({ length: hours + 1 }, (_, h) => (
          <g key={h} className="grid" aria-hidden="true">
            <line x1={LEFT} x2={WIDTH} y1={y(h * 3600)} y2={y(h * 3600)} />
            {h % (hours > 8 ? 2 : 1) === 0 && (
              <text x={LEFT - 6} y={y(h * 3600) + 4} textAnchor="end">
                {h} h
              </text>
            )}
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * column + (column - barWidth) / 2;
          const { sittingSeconds, longestBoutSeconds } = d.summary;
          const breaks = breaksOf(d.summary);
          return (
            <g key={d.day} className={`day-bar${active === i ? ' active' : ''}`}>
              {d.recorded && (
                <g aria-hidden="true">
                  <rect className="bar-sitting" x={x} width={barWidth} y={y(sittingSeconds)} height={TOP + PLOT_H - y(sittingSeconds)} rx={2} />
                  <rect className="bar-longest" x={x + barWidth * 0.2} width={barWidth * 0.6} y={y(longestBoutSeconds)} height={TOP + PLOT_H - y(longestBoutSeconds)} />
                  {breaks > 0 && (
                    <text className="bar-breaks" x={x + barWidth / 2} y={y(sittingSeconds) - 5} textAnchor="middle">
                      {breaks}
                    </text>
                  )}
                </g>
              )}
              {(i % everyLabel === 0 || i === days.length - 1) && (
                <text className="bar-day" x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" aria-hidden="true">
                  {days.length > 10 ? d.day.slice(8).replace(/^0/, '') : dayLabel(d.day, 'short')}
                </text>
              )}
              <rect
                className="bar-target"
                x={LEFT + i * column}
                width={column}
                y={TOP - 18}
                height={PLOT_H + 18}
                ref={(el) => {
                  bars.current[i] = el;
                }}
                tabIndex={i === focusable ? 0 : -1}
                role="img"
                aria-label={dayText(d)}
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
        <line className="axis" x1={LEFT} x2={WIDTH} y1={TOP + PLOT_H} y2={TOP + PLOT_H} aria-hidden="true" />
      </svg>
      {/* One place for the numbers of the bar in hand, so they never cover the chart or the controls above it. */}
      <p className="chart-readout" aria-hidden="true">
        {shown ? dayText(shown) : 'Point at a bar, or Tab to the chart and use the arrow keys, to see its numbers.'}
      </p>
      <ul className="legend" aria-label="Key">
        <li>
          <span className="swatch sitting" /> Sitting
        </li>
        <li>
          <span className="swatch longest" /> Longest bout
        </li>
        <li>
          <span className="swatch breaks">3</span> Breaks of any kind
        </li>
      </ul>
    </div>
  );
}
