import type { NetworkEdge, NetworkNode } from '../../../../contract/dashboard.js';
import { ChartFrame, LINE_COLOUR, shorten, TEXT_COLOUR } from './chart-frame.js';

const SIZE = 640;
const CENTRE = SIZE / 2;
const RADIUS = 190;
/** Only the best connected organizations get a written label; the table names all. */
const LABELLED = 16;

/**
 * Organizations on a circle, grouped by sector (in the order of the sector list) and by name within
 * it, so the same data always gives the same picture; a line per pair that met, thicker for more.
 */
export function NetworkGraph({
  title,
  description,
  nodes,
  edges,
  sectorOrder,
  colourOf,
}: {
  title: string;
  description: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  sectorOrder: string[];
  colourOf: (sector: string) => string;
}) {
  const rank = (sector: string) => {
    const index = sectorOrder.indexOf(sector);
    return index === -1 ? sectorOrder.length : index;
  };
  const ordered = [...nodes].sort((a, b) => rank(a.sector) - rank(b.sector) || a.name.localeCompare(b.name));
  const position = new Map(
    ordered.map((node, i) => {
      const angle = (i / Math.max(1, ordered.length)) * 2 * Math.PI - Math.PI / 2;
      return [node.id, { x: CENTRE + RADIUS * Math.cos(angle), y: CENTRE + RADIUS * Math.sin(angle), angle }];
    }),
  );
  const heaviest = Math.max(1, ...edges.map((e) => e.meetings));
  const busiest = Math.max(1, ...nodes.map((n) => n.meetings));
  const labelled = new Set(
    [...nodes]
      .sort((a, b) => b.meetings - a.meetings)
      .slice(0, LABELLED)
      .map((n) => n.id),
  );
  return (
    <ChartFrame title={title} description={description} width={SIZE} height={SIZE}>
      {edges.map((edge) => {
        const a = position.get(edge.source);
        const b = position.get(edge.target);
        return a && b ? (
          <line
            key={`${edge.source}|${edge.target}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke={LINE_COLOUR}
            strokeOpacity={0.6}
            strokeWidth={1 + (edge.meetings / heaviest) * 5}
          />
        ) : null;
      })}
      {ordered.map((node) => {
        const p = position.get(node.id)!;
        const right = Math.cos(p.angle) >= 0;
        return (
          <g key={node.id}>
            <circle
              cx={p.x}
              cy={p.y}
              r={4 + Math.sqrt(node.meetings / busiest) * 10}
              fill={colourOf(node.sector)}
              stroke="#ffffff"
              strokeWidth={1.5}
            />
            {labelled.has(node.id) && (
              <text
                x={p.x + (right ? 16 : -16)}
                y={p.y + 4}
                fontSize="11"
                textAnchor={right ? 'start' : 'end'}
                fill={TEXT_COLOUR}
              >
                {shorten(node.name, 20)}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
