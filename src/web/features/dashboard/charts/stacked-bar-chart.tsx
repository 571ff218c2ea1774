import { ChartFrame, shorten, TEXT_COLOUR } from './chart-frame.js';

export interface StackedRow {
  label: string;
  parts: { key: string; value: number; colour: string }[];
}

const LABEL_WIDTH = 190;
const BAR_WIDTH = 340;
const ROW = 30;

/** One horizontal bar per row, split into coloured parts (e.g. an edition's participants by sector). */
export function StackedBarChart({
  title,
  description,
  rows,
}: {
  title: string;
  description: string;
  rows: StackedRow[];
}) {
  const totals = rows.map((r) => r.parts.reduce((sum, p) => sum + p.value, 0));
  const widest = Math.max(1, ...totals);
  return (
    <ChartFrame
      title={title}
      description={description}
      width={LABEL_WIDTH + BAR_WIDTH + 60}
      height={Math.max(1, rows.length) * ROW + 8}
    >
      {rows.map((row, index) => {
        const y = index * ROW + 4;
        let x = LABEL_WIDTH;
        return (
          <g key={`${index}-${row.label}`}>
            <text x={LABEL_WIDTH - 8} y={y + 17} fontSize="12" textAnchor="end" fill={TEXT_COLOUR}>
              {shorten(row.label, 26)}
            </text>
            {row.parts.map((part) => {
              const width = (part.value / widest) * BAR_WIDTH;
              const rect = (
                <rect
                  key={part.key}
                  x={x}
                  y={y}
                  width={width}
                  height={ROW - 8}
                  fill={part.colour}
                  stroke="#ffffff"
                />
              );
              x += width;
              return part.value > 0 ? rect : null;
            })}
            <text x={x + 6} y={y + 17} fontSize="12" fill={TEXT_COLOUR}>
              {totals[index]}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
