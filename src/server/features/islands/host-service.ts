import type { HallPlan, HostList, PublicIslands } from '../../../contract/islands.js';
import type { Locale } from '../../../contract/locale.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import { AppError } from '../../errors.js';
import { hashSecret } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import type { IslandDeps } from './admin-service.js';
import { loadEventIslands } from './context.js';
import { fullName, toIslandPublic } from './mapping.js';
import { placementRepository as seats } from './placement-repository.js';
import { assertCanManageIslands } from './policy.js';
import { islandRepository as repo, type IslandRow } from './repository.js';

function sectorLabels(event: EventRow, locale: Locale): Map<string, string> {
  try {
    const list = JSON.parse(event.sectors) as SectorDefinition[];
    return new Map(list.map((s) => [s.key, s.label[locale]]));
  } catch {
    return new Map();
  }
}

/** What hosts, the hall screen and visitors see: lists per round, counts, island descriptions. */
export function createIslandHostService({ db, events, sessions }: IslandDeps) {
  async function publishedEvent(slug: string): Promise<EventRow> {
    const event = await events.findEventRowBySlug(slug);
    if (!event || event.status !== 'published') {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The people at one island per round (names, organizations, sector labels), by name. */
  async function hostList(island: IslandRow, locale: Locale, onlyPublished: boolean): Promise<HostList> {
    const event = (await events.findEventRowById(island.eventId))!;
    const ctx = await loadEventIslands(db, sessions, event);
    const published = ctx.settings?.status === 'published';
    const { capacity: _capacity, ...info } = toIslandPublic(island, ctx.hosts);
    const listOf = (rounds: HostList['rounds']): HostList => ({
      event: { title: event.title, timeZone: event.timeZone },
      island: info,
      published,
      rounds,
    });
    if (onlyPublished && !published) {
      return listOf([]);
    }
    const people = new Map((await repo.listParticipants(db, event.id)).map((p) => [p.personId, p]));
    const labels = sectorLabels(event, locale);
    const placements = await seats.listPlacementsOfIsland(db, island.id);
    return listOf(
      ctx.rounds.map((round) => ({
        ...round,
        people: placements
          .filter((p) => p.roundId === round.id && people.has(p.personId))
          .map((p) => people.get(p.personId)!)
          .map((p) => ({
            name: fullName(p),
            organization: p.organization,
            sector: labels.get(p.sector) ?? p.sector,
          }))
          .sort((a, b) => a.name.localeCompare(b.name, locale)),
      })),
    );
  }

  return {
    /** The islands of a published event with their themes, questions and places (no participants). */
    async publicIslands(slug: string): Promise<PublicIslands> {
      const ctx = await loadEventIslands(db, sessions, await publishedEvent(slug));
      return {
        islands: ctx.islands.map((i) => toIslandPublic(i, ctx.hosts)),
        rounds: ctx.rounds,
        published: ctx.settings?.status === 'published',
      };
    },

    /** The hall screen: per round each island's place and seats taken; only once published. */
    async hallPlan(slug: string): Promise<HallPlan> {
      const ctx = await loadEventIslands(db, sessions, await publishedEvent(slug));
      if (ctx.settings?.status !== 'published') {
        throw new AppError('not_found');
      }
      const taken = new Map(
        (await seats.listSeats(db, ctx.event.id)).map((s) => [`${s.roundId}|${s.islandId}`, s.taken]),
      );
      return {
        event: { slug: ctx.event.slug, title: ctx.event.title, timeZone: ctx.event.timeZone },
        rounds: ctx.rounds.map((round) => ({
          ...round,
          islands: ctx.islands.map((i) => ({
            id: i.id,
            theme: i.theme,
            place: i.place || round.room,
            tableLabel: i.tableLabel,
            seated: taken.get(`${round.id}|${i.id}`) ?? 0,
            capacity: i.capacity,
          })),
        })),
      };
    },

    /** The host's list behind their personal link: only their island, only once published. */
    async hostListByToken(token: string, locale: Locale): Promise<HostList> {
      const host = await repo.findHostByTokenHash(db, hashSecret(token));
      const island = host ? await repo.findIsland(db, host.islandId) : undefined;
      if (!island) {
        throw new AppError('link_invalid');
      }
      return hostList(island, locale, true);
    },

    /** Any island's list for organizers (the draft too). */
    async hostListForOrganizer(actor: Actor, islandId: string, locale: Locale): Promise<HostList> {
      assertCanManageIslands(actor);
      const island = await repo.findIsland(db, islandId);
      if (!island) {
        throw new AppError('not_found');
      }
      return hostList(island, locale, false);
    },
  };
}
export type IslandHostService = ReturnType<typeof createIslandHostService>;
