import type { TFunction } from 'i18next';
import type { Dashboard } from '../../../contract/dashboard.js';
import { sectorColour } from '../../../contract/sector-colours.js';
import { formatDateTime } from '../../components/format.js';
import { BarChart, type Bar } from './charts/bar-chart.js';
import { TimeChart } from './charts/time-chart.js';
import type { FigureSpec } from './figure-panel.js';

/** What the figure builders need besides the data: translations, the locale, sector names and colours. */
export interface FigureContext {
  t: TFunction<'dashboard'>;
  locale: string;
  sectorName: (key: string) => string;
  sectorColourOf: (key: string) => string;
}

/** Sector names and colours from a sector list, in the viewer's language. */
export function sectorHelpers(sectors: Dashboard['sectors'], locale: string, unknown: string) {
  const keys = sectors.map((s) => s.key);
  return {
    sectorName: (key: string) => {
      const found = sectors.find((s) => s.key === key);
      return found ? (locale === 'en' ? found.label.en : found.label.de) : key || unknown;
    },
    sectorColourOf: (key: string) => sectorColour(keys, key),
  };
}

/** A share as a whole percentage in the locale ("42 %" / "42%"), or a dash without a base. */
export function percent(part: number, whole: number, locale: string): string {
  if (whole <= 0) {
    return '–';
  }
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'percent' }).format(
    part / whole,
  );
}

/** A table and bars from [label, count] pairs, with each count's share of `whole` when given. */
function countFigure(
  ctx: FigureContext,
  id: string,
  title: string,
  summary: string,
  lines: [string, number][],
  whole?: number,
): FigureSpec {
  const { t, locale } = ctx;
  const bars: Bar[] = lines.map(([label, value]) => ({ label, value }));
  return {
    id,
    title,
    summary,
    table: {
      columns:
        whole === undefined
          ? [t('col.figure'), t('col.count')]
          : [t('col.figure'), t('col.count'), t('col.share')],
      rows: lines.map(([label, value]) =>
        whole === undefined ? [label, value] : [label, value, percent(value, whole, locale)],
      ),
    },
    chart: <BarChart title={title} description={summary} bars={bars} />,
  };
}

function registrationsFigure(ctx: FigureContext, board: Dashboard): FigureSpec {
  const { t, locale } = ctx;
  const { days, bookedOutAt, total } = board.registrations;
  const dayLabel = (day: string) => formatDateTime(`${day}T12:00:00Z`, 'UTC', locale, false);
  const bookedOutDay = bookedOutAt ? formatDateTime(bookedOutAt, board.event.timeZone, locale, false) : null;
  const markerIndex = bookedOutDay === null ? -1 : days.findIndex((d) => dayLabel(d.day) === bookedOutDay);
  const title = t('figures.registrations.title');
  const summary = bookedOutAt
    ? t(
        board.registrations.bookedOutBasis === 'lastSeat'
          ? 'figures.registrations.summaryBookedOutLastSeat'
          : 'figures.registrations.summaryBookedOut',
        {
          total,
          moment: formatDateTime(bookedOutAt, board.event.timeZone, locale),
        },
      )
    : t('figures.registrations.summary', { total });
  return {
    id: 'registrations',
    title,
    summary,
    table: {
      columns: [t('col.day'), t('col.new'), t('col.total')],
      rows: days.map((d) => [dayLabel(d.day), d.registered, d.cumulative]),
    },
    chart: (
      <TimeChart
        title={title}
        description={summary}
        points={days.map((d) => ({ label: dayLabel(d.day), value: d.registered, cumulative: d.cumulative }))}
        markerIndex={markerIndex >= 0 ? markerIndex : null}
        markerLabel={t('figures.registrations.bookedOut')}
      />
    ),
  };
}

function sectorFigure(ctx: FigureContext, board: Dashboard): FigureSpec {
  const { t, locale, sectorName, sectorColourOf } = ctx;
  const whole = board.sectorMix.reduce((sum, s) => sum + s.count, 0);
  const title = t('figures.sectors.title');
  const summary = t('figures.sectors.summary', { count: board.sectorMix.length, total: whole });
  return {
    id: 'sectors',
    title,
    summary,
    table: {
      columns: [t('col.sector'), t('col.count'), t('col.share')],
      rows: board.sectorMix.map((s) => [sectorName(s.sector), s.count, percent(s.count, whole, locale)]),
    },
    chart: (
      <BarChart
        title={title}
        description={summary}
        bars={board.sectorMix.map((s) => ({
          label: sectorName(s.sector),
          value: s.count,
          colour: sectorColourOf(s.sector),
        }))}
      />
    ),
  };
}

function registrationStateFigures(ctx: FigureContext, board: Dashboard): FigureSpec[] {
  const { t, locale } = ctx;
  const w = board.waitlist;
  const c = board.confirmation;
  const a = board.attendance;
  return [
    countFigure(
      ctx,
      'waitlist',
      t('figures.waitlist.title'),
      t('figures.waitlist.summary', { waiting: w.waitingNow, promoted: w.promotedConfirmed }),
      [
        [t('figures.waitlist.everWaitlisted'), w.everWaitlisted],
        [t('figures.waitlist.waitingNow'), w.waitingNow],
        [t('figures.waitlist.offered'), w.offered],
        [t('figures.waitlist.promotedConfirmed'), w.promotedConfirmed],
      ],
    ),
    countFigure(
      ctx,
      'confirmation',
      t('figures.confirmation.title'),
      t('figures.confirmation.summary', {
        confirmed: percent(c.confirmed, c.registrations, locale),
        reconfirmed: percent(c.reconfirmYes, c.reconfirmAsked, locale),
      }),
      [
        [t('figures.confirmation.registrations'), c.registrations],
        [t('figures.confirmation.confirmed'), c.confirmed],
        [t('figures.confirmation.pending'), c.pending],
        [t('figures.confirmation.expired'), c.expired],
        [t('figures.confirmation.cancelled'), c.cancelled],
      ],
      c.registrations,
    ),
    countFigure(
      ctx,
      'reconfirmation',
      t('figures.reconfirmation.title'),
      t('figures.reconfirmation.summary', { asked: c.reconfirmAsked }),
      [
        [t('figures.reconfirmation.yes'), c.reconfirmYes],
        [t('figures.reconfirmation.released'), c.reconfirmReleased],
        [
          t('figures.reconfirmation.unanswered'),
          Math.max(0, c.reconfirmAsked - c.reconfirmYes - c.reconfirmReleased),
        ],
      ],
      c.reconfirmAsked,
    ),
    countFigure(
      ctx,
      'attendance',
      t('figures.attendance.title'),
      a.noShows === null
        ? t('figures.attendance.summaryOpen', { checkedIn: a.checkedIn, confirmed: a.confirmed })
        : t('figures.attendance.summary', {
            checkedIn: a.checkedIn,
            confirmed: a.confirmed,
            noShows: a.noShows,
          }),
      [
        [t('figures.attendance.checkedIn'), a.checkedIn],
        ...(a.noShows === null ? [] : [[t('figures.attendance.noShows'), a.noShows] as [string, number]]),
      ],
      a.confirmed,
    ),
  ];
}

export { registrationsFigure, sectorFigure, registrationStateFigures, countFigure };
