import { useTranslation } from 'react-i18next';
import type { AssignmentView, IslandRound, SectorMix } from '../../../contract/islands.js';
import { sectorColour } from '../../../contract/sector-colours.js';
import { TableScroll } from '../../components/table-scroll.js';

type Sector = AssignmentView['sectors'][number];
const UNKNOWN = 'unknown';

function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** Sectors that occur in the round, in the event's order, unknown last. */
function sectorsIn(mixes: SectorMix[], sectors: Sector[]): Sector[] {
  const present = new Set(mixes.flatMap((m) => Object.keys(m.bySector)));
  const known = sectors.filter((s) => present.has(s.key));
  return present.has(UNKNOWN) ? [...known, { key: UNKNOWN, label: '' }] : known;
}

/** Stacked bars (one per island, as wide as its capacity); the table beside it holds the same numbers. */
function MixChart({
  mixes,
  view,
  columns,
  titleId,
}: {
  mixes: SectorMix[];
  view: AssignmentView;
  columns: Sector[];
  titleId: string;
}) {
  const { t } = useTranslation('islands');
  const keys = view.sectors.map((s) => s.key);
  const widest = Math.max(1, ...mixes.map((m) => m.capacity));
  const labelWidth = 130;
  const barWidth = 260;
  const rowHeight = 26;
  return (
    <figure className="mix-chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${mixes.length * rowHeight + 4}`}
        width="100%"
      >
        <title id={titleId}>{t('report.chartTitle')}</title>
        {mixes.map((mix, row) => {
          const island = view.islands.find((i) => i.id === mix.islandId);
          const y = row * rowHeight + 2;
          let x = labelWidth;
          return (
            <g key={mix.islandId}>
              <text x={0} y={y + 16} fontSize="12">
                {island?.theme.slice(0, 20)}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={(mix.capacity / widest) * barWidth}
                height={20}
                fill="#f3f5f8"
                stroke="#c4ccd6"
              />
              {columns.map((sector) => {
                const count = mix.bySector[sector.key] ?? 0;
                const width = (count / widest) * barWidth;
                const rect = (
                  <rect
                    key={sector.key}
                    x={x}
                    y={y}
                    width={width}
                    height={20}
                    fill={sectorColour(keys, sector.key)}
                  />
                );
                x += width;
                return count > 0 ? rect : null;
              })}
              <text x={labelWidth + barWidth + 6} y={y + 16} fontSize="12">
                {`${mix.seated}/${mix.capacity}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {columns.map((s) => (
            <li key={s.key}>
              <span className="swatch" style={{ background: sectorColour(keys, s.key) }} aria-hidden="true" />
              {s.key === UNKNOWN ? t('report.unknownSector') : s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function RoundMix({ round, view }: { round: IslandRound; view: AssignmentView }) {
  const { t } = useTranslation('islands');
  const mixes = view.report.sectorMix.filter((m) => m.roundId === round.id);
  const columns = sectorsIn(mixes, view.sectors);
  const caption = t('report.mixCaption', { number: round.number });
  return (
    <div className="round-mix">
      <TableScroll label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.island')}</th>
              <th scope="col">{t('report.seated')}</th>
              {columns.map((s) => (
                <th scope="col" key={s.key}>
                  {s.key === UNKNOWN ? t('report.unknownSector') : s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {mixes.map((mix) => (
              <tr key={mix.islandId}>
                <th scope="row">{view.islands.find((i) => i.id === mix.islandId)?.theme}</th>
                <td>{t('report.seatedValue', { seated: mix.seated, capacity: mix.capacity })}</td>
                {columns.map((s) => (
                  <td key={s.key}>{mix.bySector[s.key] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <MixChart mixes={mixes} view={view} columns={columns} titleId={`mix-chart-${round.id}`} />
    </div>
  );
}

/** Shares of first, second and third choices, who is without a seat, and the sector mix per round. */
export function QualityReport({ view }: { view: AssignmentView }) {
  const { t, i18n } = useTranslation('islands');
  const { report } = view;
  const violations = report.sectorCapViolations.length;
  return (
    <section aria-labelledby="report-heading">
      <h3 id="report-heading">{t('report.title')}</h3>
      <dl className="facts">
        <dt>{t('report.first')}</dt>
        <dd>{percent(report.firstChoiceShare, i18n.language)}</dd>
        <dt>{t('report.second')}</dt>
        <dd>{percent(report.secondChoiceShare, i18n.language)}</dd>
        <dt>{t('report.third')}</dt>
        <dd>{percent(report.thirdChoiceShare, i18n.language)}</dd>
        <dt>{t('report.placements')}</dt>
        <dd>
          {t('report.placementsValue', { placements: report.placements, participants: report.participants })}
        </dd>
        <dt>{t('report.unplaced')}</dt>
        <dd>{report.unplaced.length}</dd>
      </dl>
      {violations > 0 && (
        <p className="notice warning">
          {view.settings.sectorCapInfeasible
            ? t('report.capInfeasible', { count: violations })
            : t('report.capViolated', { count: violations })}
        </p>
      )}
      {view.rounds.map((round) => (
        <RoundMix key={round.id} round={round} view={view} />
      ))}
    </section>
  );
}
