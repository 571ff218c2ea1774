import type { MyIslands, PreferencesInput, WaitlistInput } from '../../../contract/islands.js';
import { preferencesInputSchema } from '../../../contract/islands.js';
import { AppError, fieldError } from '../../errors.js';
import { hashSecret, newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import { registrationRepository } from '../registration/index.js';
import type { IslandDeps } from './admin-service.js';
import { loadEventIslands, type EventIslands } from './context.js';
import { parseList, toIslandPublic } from './mapping.js';
import { placementOps } from './placement-ops.js';
import { placementRepository as seats } from './placement-repository.js';
import { canEditPreferences, signedInPerson } from './policy.js';
import { checkPreferences } from './preferences.js';
import { islandRepository as repo, type Executor } from './repository.js';

const ACTIVE = ['pending', 'offered', 'confirmed', 'waitlisted'];

/** A participant's islands: their ranking until the deadline, their seats once published, waitlists. */
export function createIslandParticipantService({ db, clock, events, sessions }: IslandDeps) {
  const now = () => clock.now().toISOString();

  async function publishedEvent(slug: string): Promise<EventRow> {
    const event = await events.findEventRowBySlug(slug);
    if (!event || event.status !== 'published') {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The person behind a personal registration link, with their event. */
  async function byToken(token: string): Promise<{ event: EventRow; personId: string }> {
    const reg = await registrationRepository.findByLinkHash(db, hashSecret(token));
    const event = reg ? await events.findEventRowById(reg.eventId) : undefined;
    if (!reg?.personId || !event) {
      throw new AppError('link_invalid');
    }
    return { event, personId: reg.personId };
  }

  async function bySession(actor: Actor, slug: string) {
    const personId = signedInPerson(actor);
    return { event: await publishedEvent(slug), personId };
  }

  async function isRegistered(eventId: string, personId: string): Promise<boolean> {
    const reg = await repo.findRegistration(db, eventId, personId);
    return reg !== undefined && ACTIVE.includes(reg.status);
  }

  async function mine(ctx: EventIslands, personId: string): Promise<MyIslands> {
    const { event, settings } = ctx;
    const published = settings?.status === 'published';
    const pref = await repo.findPreference(db, event.id, personId);
    const placements = published ? await seats.listPlacementsOfPerson(db, personId, event.id) : [];
    const waitlist = (await seats.listWaitlist(db, event.id)).filter((w) => w.personId === personId);
    const capacity = new Map(ctx.islands.map((i) => [i.id, i.capacity]));
    const registered = await isRegistered(event.id, personId);
    return {
      event: { slug: event.slug, title: event.title, timeZone: event.timeZone },
      status: settings?.status ?? 'none',
      rankingDeadline: settings?.rankingDeadline ?? null,
      canEdit:
        registered && canEditPreferences(settings?.rankingDeadline ?? null, event.startsAt, clock.now()),
      islands: ctx.islands.map((i) => toIslandPublic(i, ctx.hosts)),
      rounds: ctx.rounds,
      preferences: pref ? { ranking: parseList(pref.ranking), excluded: parseList(pref.excluded) } : null,
      placements: placements.map((p) => ({
        roundId: p.roundId,
        islandId: p.islandId,
        choiceRank: p.choiceRank,
      })),
      waitlist: waitlist.map((w) => ({ roundId: w.roundId, islandId: w.islandId, position: w.position })),
      seats: published
        ? (await seats.listSeats(db, event.id)).map((s) => ({
            ...s,
            capacity: capacity.get(s.islandId) ?? 0,
          }))
        : [],
    };
  }

  async function save(event: EventRow, personId: string, body: PreferencesInput): Promise<MyIslands> {
    const input = preferencesInputSchema.parse(body);
    const ctx = await loadEventIslands(db, sessions, event);
    if (!(await isRegistered(event.id, personId))) {
      throw new AppError('forbidden');
    }
    if (!canEditPreferences(ctx.settings?.rankingDeadline ?? null, event.startsAt, clock.now())) {
      throw fieldError('ranking', 'field.island_deadline_passed');
    }
    checkPreferences(input, new Set(ctx.islands.map((i) => i.id)), ctx.rounds.length);
    const stamp = now();
    await repo.savePreference(db, {
      eventId: event.id,
      personId,
      ranking: JSON.stringify(input.ranking),
      excluded: JSON.stringify(input.excluded),
      updatedAt: stamp,
    });
    if (ctx.settings?.status === 'published') {
      await placeIfNew(ctx, personId);
    }
    return mine(await loadEventIslands(db, sessions, event), personId);
  }

  /** A registrant's first preferences after publishing seat them at once, nobody else moves. */
  async function placeIfNew(ctx: EventIslands, personId: string): Promise<void> {
    const participants = await repo.listParticipants(db, ctx.event.id);
    const placed = await seats.listPlacementsOfPerson(db, personId, ctx.event.id);
    if (placed.length > 0 || !participants.some((p) => p.personId === personId) || ctx.rounds.length === 0) {
      return;
    }
    await db.transaction().execute(async (trx) => {
      if (!(await repo.transition(trx, ctx.event.id, ['published'], { updatedAt: now() }))) {
        return;
      }
      await placementOps(trx, ctx, now()).placeLate(new Set([personId]));
    });
  }

  async function waitlist(event: EventRow, personId: string, input: WaitlistInput): Promise<MyIslands> {
    const ctx = await loadEventIslands(db, sessions, event);
    if (ctx.settings?.status !== 'published') {
      throw new AppError('invalid_state');
    }
    if (!ctx.rounds.some((r) => r.id === input.roundId)) {
      throw fieldError('roundId', 'field.island_round_unknown');
    }
    const island = ctx.islands.find((i) => i.id === input.islandId);
    if (!island) {
      throw fieldError('islandId', 'field.island_unknown');
    }
    const participants = await repo.listParticipants(db, event.id);
    if (!participants.some((p) => p.personId === personId)) {
      throw new AppError('forbidden');
    }
    if (!input.join) {
      await seats.leaveWaitlist(db, input.roundId, input.islandId, personId);
      return mine(ctx, personId);
    }
    await checkWaitable(ctx, personId, input);
    await seats.joinWaitlist(db, {
      id: newId(),
      eventId: event.id,
      roundId: input.roundId,
      islandId: input.islandId,
      personId,
      createdAt: now(),
    });
    return mine(ctx, personId);
  }

  /** One may wait only for a full island one has not visited and not excluded. */
  async function checkWaitable(ctx: EventIslands, personId: string, input: WaitlistInput, on: Executor = db) {
    const theirs = await seats.listPlacementsOfPerson(on, personId, ctx.event.id);
    if (theirs.some((p) => p.islandId === input.islandId)) {
      throw fieldError('islandId', 'field.island_already_visited');
    }
    const pref = await repo.findPreference(on, ctx.event.id, personId);
    if (parseList(pref?.excluded ?? '[]').includes(input.islandId)) {
      throw fieldError('islandId', 'field.island_excluded_by_person');
    }
    const seat = (await seats.listSeats(on, ctx.event.id)).find(
      (s) => s.islandId === input.islandId && s.roundId === input.roundId,
    );
    const island = ctx.islands.find((i) => i.id === input.islandId)!;
    if ((seat?.taken ?? 0) < island.capacity) {
      throw fieldError('islandId', 'field.island_has_seats');
    }
  }

  return {
    /** The signed-in person's islands of a published event. */
    async getForPerson(actor: Actor, slug: string): Promise<MyIslands> {
      const { event, personId } = await bySession(actor, slug);
      return mine(await loadEventIslands(db, sessions, event), personId);
    },
    async saveForPerson(actor: Actor, slug: string, body: PreferencesInput): Promise<MyIslands> {
      const { event, personId } = await bySession(actor, slug);
      return save(event, personId, body);
    },
    async waitlistForPerson(actor: Actor, slug: string, input: WaitlistInput): Promise<MyIslands> {
      const { event, personId } = await bySession(actor, slug);
      return waitlist(event, personId, input);
    },
    /** The same behind the personal registration link (its secret is the capability). */
    async getForToken(token: string): Promise<MyIslands> {
      const { event, personId } = await byToken(token);
      return mine(await loadEventIslands(db, sessions, event), personId);
    },
    async saveForToken(token: string, body: PreferencesInput): Promise<MyIslands> {
      const { event, personId } = await byToken(token);
      return save(event, personId, body);
    },
    async waitlistForToken(token: string, input: WaitlistInput): Promise<MyIslands> {
      const { event, personId } = await byToken(token);
      return waitlist(event, personId, input);
    },
  };
}
export type IslandParticipantService = ReturnType<typeof createIslandParticipantService>;
