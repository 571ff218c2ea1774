import type { Network } from '../../../contract/dashboard.js';
import { BarChart } from './charts/bar-chart.js';
import { NetworkGraph } from './charts/network-graph.js';
import { StackedBarChart } from './charts/stacked-bar-chart.js';
import { countFigure, type FigureContext } from './dashboard-figures.js';
import type { FigureSpec } from './figure-panel.js';

function editionLabel(event: Network['events'][number]): string {
  return `${event.year} · ${event.title}`;
}

function editionFigures(ctx: FigureContext, network: Network): FigureSpec[] {
  const { t, sectorName, sectorColourOf } = ctx;
  const sectorKeys = [...new Set(network.events.flatMap((e) => e.sectors.map((s) => s.sector)))];
  const order = network.sectors.map((s) => s.key);
  sectorKeys.sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999));
  const title = t('network.editions.title');
  const summary = t('network.editions.summary', { count: network.events.length });
  const sectorsTitle = t('network.sectors.title');
  const sectorsSummary = t('network.sectors.summary', { count: sectorKeys.length });
  const countOf = (event: Network['events'][number], key: string) =>
    event.sectors.find((s) => s.sector === key)?.count ?? 0;
  return [
    {
      id: 'editions',
      title,
      summary,
      table: {
        columns: [t('col.event'), t('col.year'), t('col.participants'), t('col.organizations')],
        rows: network.events.map((e) => [e.title, e.year, e.participants, e.organizations]),
      },
      chart: (
        <BarChart
          title={title}
          description={summary}
          bars={network.events.map((e) => ({
            label: editionLabel(e),
            value: e.participants,
            note: t('network.editions.note', {
              participants: e.participants,
              organizations: e.organizations,
            }),
          }))}
        />
      ),
    },
    {
      id: 'sectors-by-year',
      title: sectorsTitle,
      summary: sectorsSummary,
      table: {
        columns: [t('col.sector'), ...network.events.map(editionLabel)],
        rows: sectorKeys.map((key) => [sectorName(key), ...network.events.map((e) => countOf(e, key))]),
      },
      chart: (
        <>
          <StackedBarChart
            title={sectorsTitle}
            description={sectorsSummary}
            rows={network.events.map((e) => ({
              label: editionLabel(e),
              parts: sectorKeys.map((key) => ({ key, value: countOf(e, key), colour: sectorColourOf(key) })),
            }))}
          />
          <ul className="chart-legend">
            {sectorKeys.map((key) => (
              <li key={key}>
                <span className="swatch" style={{ background: sectorColourOf(key) }} aria-hidden="true" />
                {sectorName(key)}
              </li>
            ))}
          </ul>
        </>
      ),
    },
  ];
}

function returningFigures(ctx: FigureContext, network: Network): FigureSpec[] {
  const { t } = ctx;
  const r = network.returning;
  const topTitle = t('network.topOrganizations.title');
  const topSummary = t('network.topOrganizations.summary', { count: r.topOrganizations.length });
  return [
    countFigure(
      ctx,
      'returning',
      t('network.returning.title'),
      t('network.returning.summary', { people: r.peopleReturning, organizations: r.organizationsReturning }),
      [
        [t('network.returning.people'), r.people],
        [t('network.returning.peopleReturning'), r.peopleReturning],
        [t('network.returning.organizations'), r.organizations],
        [t('network.returning.organizationsReturning'), r.organizationsReturning],
      ],
    ),
    {
      id: 'returning-organizations',
      title: topTitle,
      summary: topSummary,
      table: {
        columns: [t('col.organization'), t('col.events')],
        rows: r.topOrganizations.map((o) => [o.name, o.events]),
      },
      chart: (
        <BarChart
          title={topTitle}
          description={topSummary}
          bars={r.topOrganizations.map((o) => ({ label: o.name, value: o.events }))}
        />
      ),
    },
  ];
}

function graphFigure(ctx: FigureContext, network: Network): FigureSpec {
  const { t, sectorName, sectorColourOf } = ctx;
  const { nodes, edges, omittedNodes } = network.graph;
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const cross = edges.filter((e) => e.isCrossSector).length;
  const title = t('network.graph.title');
  const summary = t('network.graph.summary', {
    organizations: nodes.length,
    edges: edges.length,
    cross,
    omitted: omittedNodes,
  });
  const sectorsShown = [...new Set(nodes.map((n) => n.sector))];
  return {
    id: 'connections',
    title,
    summary,
    table: {
      columns: [t('col.organizationA'), t('col.organizationB'), t('col.meetings'), t('col.crossSector')],
      rows: edges.map((e) => [
        name.get(e.source) ?? e.source,
        name.get(e.target) ?? e.target,
        e.meetings,
        e.isCrossSector ? t('yes') : t('no'),
      ]),
    },
    chart: (
      <>
        <NetworkGraph
          title={title}
          description={summary}
          nodes={nodes}
          edges={edges}
          sectorOrder={network.sectors.map((s) => s.key)}
          colourOf={sectorColourOf}
        />
        <ul className="chart-legend">
          {sectorsShown.map((key) => (
            <li key={key}>
              <span className="swatch" style={{ background: sectorColourOf(key) }} aria-hidden="true" />
              {sectorName(key)}
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

/** Every figure of the network view. */
export function networkFigures(ctx: FigureContext, network: Network): FigureSpec[] {
  return [...editionFigures(ctx, network), ...returningFigures(ctx, network), graphFigure(ctx, network)];
}
