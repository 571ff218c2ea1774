import type { IslandRound } from '../../../contract/islands.js';
import type { Locale } from '../../../contract/locale.js';
import type { AgendaAssignment, AgendaAssignmentSource } from '../program/index.js';
import type { IslandDeps } from './admin-service.js';
import { loadEventIslands } from './context.js';
import { placementRepository as seats, type PlacementRow } from './placement-repository.js';
import type { IslandRow } from './repository.js';

function timeOf(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hour12: locale !== 'de',
    timeZone,
  }).format(new Date(iso));
}

/** "Halle A, Tisch 3": the island's place (else the round's room) and its table. */
function placeOf(island: IslandRow, round: IslandRound): string {
  return [island.place || round.room, island.tableLabel].filter(Boolean).join(', ');
}

function toAssignment(
  placement: PlacementRow,
  island: IslandRow,
  round: IslandRound,
  timeZone: string,
): AgendaAssignment {
  const location = placeOf(island, round);
  const summary = (locale: Locale) => {
    const head =
      locale === 'de'
        ? `Runde ${round.number}, ${timeOf(round.startsAt, timeZone, 'de')}: Insel ${island.theme}`
        : `Round ${round.number}, ${timeOf(round.startsAt, timeZone, 'en')}: Island ${island.theme}`;
    return location ? `${head}, ${location}` : head;
  };
  return {
    uid: `island-${placement.id}`,
    kind: 'island',
    eventId: placement.eventId,
    sessionId: round.id,
    startsAt: round.startsAt,
    endsAt: round.endsAt,
    sequence: placement.sequence,
    updatedAt: placement.updatedAt,
    summary: { de: summary('de'), en: summary('en') },
    location: { de: location, en: location },
    details: {
      islandId: island.id,
      theme: island.theme,
      place: island.place || round.room,
      tableLabel: island.tableLabel,
      roundNumber: round.number,
      roundTitle: round.title,
    },
  };
}

/** The islands' contribution to "Mein Programm" and its calendar feed: published seats only. */
export function createIslandAgendaSource({ db, events, sessions }: IslandDeps): AgendaAssignmentSource {
  return {
    async listForPerson(personId, eventId) {
      const placements = await seats.listPlacementsOfPerson(db, personId, eventId);
      const result: AgendaAssignment[] = [];
      for (const id of new Set(placements.map((p) => p.eventId))) {
        const event = await events.findEventRowById(id);
        if (!event) {
          continue;
        }
        const ctx = await loadEventIslands(db, sessions, event);
        if (ctx.settings?.status !== 'published') {
          continue;
        }
        for (const placement of placements.filter((p) => p.eventId === id)) {
          const island = ctx.islands.find((i) => i.id === placement.islandId);
          const round = ctx.rounds.find((r) => r.id === placement.roundId);
          if (island && round) {
            result.push(toAssignment(placement, island, round, event.timeZone));
          }
        }
      }
      return result.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
  };
}
