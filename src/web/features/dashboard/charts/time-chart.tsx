import { ChartFrame, DEFAULT_BAR, LINE_COLOUR, TEXT_COLOUR } from './chart-frame.js';

export interface TimePoint {
  label: string;
  value: number;
  cumulative: number;
}

const WIDTH = 600;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 36;
const MARKER = '#B3261E';

/**
 * Columns per day (new registrations) under a line of the running total, both on one scale; a
 * vertical mark at the day the event was booked out.
 */
export function TimeChart({
  title,
  description,
  points,
  markerIndex,
  markerLabel,
}: {
  title: string;
  description: string;
  points: TimePoint[];
  markerIndex: number | null;
  markerLabel: string;
}) {
  const top = Math.max(1, ...points.map((p) => p.cumulative));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(1, points.length);
  const x = (i: number) => LEFT + i * step + step / 2;
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.cumulative).toFixed(1)}`);
  const every = Math.max(1, Math.ceil(points.length / 6));
  return (
    <ChartFrame title={title} description={description} width={WIDTH} height={HEIGHT}>
      <line x1={LEFT} y1={TOP + plotHeight} x2={WIDTH - RIGHT} y2={TOP + plotHeight} stroke={LINE_COLOUR} />
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + plotHeight} stroke={LINE_COLOUR} />
      <text x={LEFT - 6} y={TOP + 4} fontSize="11" textAnchor="end" fill={TEXT_COLOUR}>
        {top}
      </text>
      <text x={LEFT - 6} y={TOP + plotHeight} fontSize="11" textAnchor="end" fill={TEXT_COLOUR}>
        0
      </text>
      {points.map((p, i) => (
        <rect
          key={p.label}
          x={x(i) - Math.max(1, step * 0.35)}
          y={y(p.value)}
          width={Math.max(2, step * 0.7)}
          height={TOP + plotHeight - y(p.value)}
          fill={DEFAULT_BAR}
          opacity={0.55}
        />
      ))}
      <path d={line.join(' ')} fill="none" stroke={DEFAULT_BAR} strokeWidth={2.5} />
      {points.map((p, i) =>
        i % every === 0 || i === points.length - 1 ? (
          <text key={p.label} x={x(i)} y={HEIGHT - 14} fontSize="10" textAnchor="middle" fill={TEXT_COLOUR}>
            {p.label}
          </text>
        ) : null,
      )}
      {markerIndex !== null && (
        <g>
          <line
            x1={x(markerIndex)}
            y1={TOP}
            x2={x(markerIndex)}
            y2={TOP + plotHeight}
            stroke={MARKER}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
          <text
            x={Math.min(x(markerIndex) + 4, WIDTH - RIGHT)}
            y={TOP + 10}
            fontSize="11"
            fill={MARKER}
            textAnchor={x(markerIndex) > WIDTH * 0.7 ? 'end' : 'start'}
          >
            {markerLabel}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
