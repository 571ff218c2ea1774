import { useId, type ReactNode } from 'react';

/** The accessible SVG frame of every chart: role="img" named by its <title> and described by <desc>. */
export function ChartFrame({
  title,
  description,
  width,
  height,
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      className="dashboard-chart"
      fontFamily="system-ui, sans-serif"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

/** Dark text on white: contrast above 12:1. */
export const TEXT_COLOUR = '#1F2933';
/** Axis and grid lines (graphical objects, contrast above 3:1 on white). */
export const LINE_COLOUR = '#6B7785';
/** Bars without a sector of their own. */
export const DEFAULT_BAR = '#0B5394';

/** Shortens a label to fit beside a bar; the full text stays in the table. */
export function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
