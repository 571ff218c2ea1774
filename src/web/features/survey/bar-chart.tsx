import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

const ROW = 28;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 300;

/**
 * A horizontal bar chart as SVG with a text alternative: role="img", a title and a description that
 * lists every value, so a screen reader gets the same as the table beside it.
 */
export function BarChart({ title, bars, summary }: { title: string; bars: Bar[]; summary: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW + 8;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const width = (bar.count / max) * BAR_WIDTH;
        return (
          <g key={bar.key} aria-hidden="true">
            <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" className="bar-label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={Math.max(width, 1)} height={ROW - 10} className="bar" />
            <text x={LABEL_WIDTH + width + 6} y={y + 17} className="bar-value">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
