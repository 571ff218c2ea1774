import { ChartFrame, DEFAULT_BAR, shorten, TEXT_COLOUR } from './chart-frame.js';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
  /** What is written after the bar (the value by default, e.g. "12 / 20"). */
  note?: string;
}

const LABEL_WIDTH = 210;
const BAR_WIDTH = 300;
const ROW = 26;

/** Horizontal bars, one per row, with the label left and the value right. */
export function BarChart({
  title,
  description,
  bars,
  max,
}: {
  title: string;
  description: string;
  bars: Bar[];
  /** The value of a full bar (the largest value by default, e.g. an island's capacity). */
  max?: number;
}) {
  const widest = Math.max(1, max ?? 0, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  return (
    <ChartFrame title={title} description={description} width={LABEL_WIDTH + BAR_WIDTH + 90} height={height}>
      {bars.map((bar, row) => {
        const y = row * ROW + 4;
        return (
          <g key={`${row}-${bar.label}`}>
            <text x={LABEL_WIDTH - 8} y={y + 15} fontSize="12" textAnchor="end" fill={TEXT_COLOUR}>
              {shorten(bar.label, 28)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={Math.max(bar.value > 0 ? 2 : 0, (bar.value / widest) * BAR_WIDTH)}
              height={ROW - 8}
              fill={bar.colour ?? DEFAULT_BAR}
            />
            <text
              x={LABEL_WIDTH + (bar.value / widest) * BAR_WIDTH + 6}
              y={y + 15}
              fontSize="12"
              fill={TEXT_COLOUR}
            >
              {bar.note ?? String(bar.value)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
