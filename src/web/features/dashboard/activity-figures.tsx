import type { Dashboard } from '../../../contract/dashboard.js';
import { BarChart } from './charts/bar-chart.js';
import { countFigure, percent, type FigureContext } from './dashboard-figures.js';
import type { FigureSpec } from './figure-panel.js';

function meetingFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  const { t, locale, sectorName, sectorColourOf } = ctx;
  const m = board.meetings;
  const paired = m.sectorPairs.reduce((sum, p) => sum + p.count, 0);
  const cross = m.sectorPairs.filter((p) => p.sectorA !== p.sectorB).reduce((sum, p) => sum + p.count, 0);
  const pairLabel = (a: string, b: string) =>
    t('figures.sectorPairs.pair', { a: sectorName(a), b: sectorName(b) });
  const title = t('figures.sectorPairs.title');
  const summary = t('figures.sectorPairs.summary', { share: percent(cross, paired, locale), count: paired });
  return [
    countFigure(
      ctx,
      'meetings',
      t('figures.meetings.title'),
      t('figures.meetings.summary', { requested: m.requested, held: m.held }),
      [
        [t('figures.meetings.requested'), m.requested],
        [t('figures.meetings.accepted'), m.accepted],
        [t('figures.meetings.scheduled'), m.scheduled],
        [t('figures.meetings.held'), m.held],
        [t('figures.meetings.pending'), m.pending],
        [t('figures.meetings.declined'), m.declined],
        [t('figures.meetings.cancelled'), m.cancelled],
      ],
      m.requested,
    ),
    {
      id: 'meeting-sectors',
      title,
      summary,
      table: {
        columns: [t('col.sectorPair'), t('col.count'), t('col.share')],
        rows: m.sectorPairs.map((p) => [
          pairLabel(p.sectorA, p.sectorB),
          p.count,
          percent(p.count, paired, locale),
        ]),
      },
      chart: (
        <BarChart
          title={title}
          description={summary}
          bars={m.sectorPairs.slice(0, 15).map((p) => ({
            label: pairLabel(p.sectorA, p.sectorB),
            value: p.count,
            colour: p.sectorA === p.sectorB ? sectorColourOf(p.sectorA) : '#4A4A4A',
          }))}
        />
      ),
    },
  ];
}

function islandFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  const { t, locale } = ctx;
  const { fill, choices } = board.islands;
  const seated = fill.reduce((sum, f) => sum + f.seated, 0);
  const seats = fill.reduce((sum, f) => sum + f.capacity, 0);
  const title = t('figures.islandFill.title');
  const summary = t('figures.islandFill.summary', { share: percent(seated, seats, locale), seated, seats });
  const ranked = choices.first + choices.second + choices.third + choices.later + choices.unranked;
  return [
    {
      id: 'island-fill',
      title,
      summary,
      table: {
        columns: [t('col.round'), t('col.island'), t('col.seated'), t('col.capacity'), t('col.fill')],
        rows: fill.map((f) => [
          f.roundTitle,
          f.theme,
          f.seated,
          f.capacity,
          percent(f.seated, f.capacity, locale),
        ]),
      },
      chart: (
        <BarChart
          title={title}
          description={summary}
          max={100}
          bars={fill.map((f) => ({
            label: t('figures.islandFill.bar', { round: f.roundTitle, island: f.theme }),
            value: f.capacity > 0 ? Math.round((f.seated / f.capacity) * 100) : 0,
            note: `${f.seated}/${f.capacity}`,
          }))}
        />
      ),
    },
    countFigure(
      ctx,
      'island-choices',
      t('figures.islandChoices.title'),
      t('figures.islandChoices.summary', { share: percent(choices.first, ranked, locale) }),
      [
        [t('figures.islandChoices.first'), choices.first],
        [t('figures.islandChoices.second'), choices.second],
        [t('figures.islandChoices.third'), choices.third],
        [t('figures.islandChoices.later'), choices.later],
        [t('figures.islandChoices.unranked'), choices.unranked],
      ],
      ranked,
    ),
  ];
}

function interactionFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  const { t, locale } = ctx;
  const { sessions, polls, audience } = board.interaction;
  const questions = sessions.reduce((sum, s) => sum + s.questions, 0);
  const qTitle = t('figures.questions.title');
  const qSummary = t('figures.questions.summary', { questions, sessions: sessions.length });
  const pTitle = t('figures.polls.title');
  const pSummary = t('figures.polls.summary', { polls: polls.length, audience });
  return [
    {
      id: 'questions',
      title: qTitle,
      summary: qSummary,
      table: {
        columns: [t('col.session'), t('col.questions'), t('col.askers'), t('col.upvotes')],
        rows: sessions.map((s) => [s.title, s.questions, s.askers, s.upvotes]),
      },
      chart: (
        <BarChart
          title={qTitle}
          description={qSummary}
          bars={sessions.map((s) => ({ label: s.title, value: s.questions }))}
        />
      ),
    },
    {
      id: 'polls',
      title: pTitle,
      summary: pSummary,
      table: {
        columns: [t('col.poll'), t('col.session'), t('col.voters'), t('col.participation')],
        rows: polls.map((p) => [p.question, p.sessionTitle, p.voters, percent(p.voters, audience, locale)]),
      },
      chart: (
        <BarChart
          title={pTitle}
          description={pSummary}
          bars={polls.map((p) => ({
            label: p.question,
            value: p.voters,
            note: `${p.voters} (${percent(p.voters, audience, locale)})`,
          }))}
        />
      ),
    },
  ];
}

function projectFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  const { t } = ctx;
  const p = board.ideas;
  return [
    countFigure(
      ctx,
      'project-ideas',
      t('figures.ideas.title'),
      t('figures.ideas.summary', { ideas: p.ideas, consortia: p.consortia, partners: p.partners }),
      [
        [t('figures.ideas.ideas'), p.ideas],
        [t('figures.ideas.consortia'), p.consortia],
        ...p.stages.map((s): [string, number] => [t(`figures.ideas.stage.${s.stage}`), s.count]),
        ...p.sectorsPerConsortium.map((s): [string, number] => [
          t('figures.ideas.sectors', { count: s.sectors }),
          s.count,
        ]),
      ],
      p.ideas,
    ),
  ];
}

/** The figures of the second half of the dashboard: meetings, islands, project ideas, questions and polls. */
export function activityFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  return [
    ...meetingFigures(ctx, board),
    ...islandFigures(ctx, board),
    ...projectFigures(ctx, board),
    ...interactionFigures(ctx, board),
  ];
}
