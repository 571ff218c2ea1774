import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll.js';
import { downloadBlob, svgMarkup, svgToPng, toCsv, type FigureTable } from './export.js';

export interface FigureSpec {
  /** Stable key, also the file name of the exports. */
  id: string;
  title: string;
  /** A sentence with the figure's gist: the chart's <desc>, shown above the chart too. */
  summary: string;
  table: FigureTable;
  chart: ReactNode;
}

/** One figure: heading, gist, the chart with its table beside it, and CSV / SVG / PNG downloads. */
export function FigurePanel({ figure, fileStem }: { figure: FigureSpec; fileStem: string }) {
  const { t } = useTranslation('dashboard');
  const chartRef = useRef<HTMLDivElement>(null);
  const svg = () => chartRef.current?.querySelector('svg') ?? null;
  const name = `${fileStem}-${figure.id}`;
  const headingId = `figure-${figure.id}`;
  return (
    <section className="dashboard-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{figure.title}</h2>
      <p>{figure.summary}</p>
      <div className="dashboard-figure-body">
        <div ref={chartRef} className="dashboard-figure-chart">
          {figure.chart}
        </div>
        <TableScroll label={t('export.tableLabel', { title: figure.title })}>
          <table>
            <caption>{figure.title}</caption>
            <thead>
              <tr>
                {figure.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figure.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-label={t('export.csvLabel', { title: figure.title })}
          onClick={() => downloadBlob(`${name}.csv`, new Blob([toCsv(figure.table)], { type: 'text/csv' }))}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('export.svgLabel', { title: figure.title })}
          onClick={() => {
            const element = svg();
            if (element) {
              downloadBlob(`${name}.svg`, new Blob([svgMarkup(element)], { type: 'image/svg+xml' }));
            }
          }}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('export.pngLabel', { title: figure.title })}
          onClick={() => {
            const element = svg();
            if (element) {
              void svgToPng(element).then((blob) => downloadBlob(`${name}.png`, blob));
            }
          }}
        >
          {t('export.png')}
        </button>
      </div>
    </section>
  );
}
