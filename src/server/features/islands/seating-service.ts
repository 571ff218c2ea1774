import type { AssignmentView, MoveInput, PublishInput } from '../../../contract/islands.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Locale } from '../../../contract/locale.js';
import { AppError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { IslandDeps } from './admin-service.js';
import { assignIslands } from './assignment.js';
import { buildAssignmentInput, preferencesOf } from './run-input.js';
import { loadEventIslands, maxShareOf, reloadInTransaction, type EventIslands } from './context.js';
import { fullName, parseList, toSettings } from './mapping.js';
import { placementOps } from './placement-ops.js';
import { isUniqueViolation } from '../../db/errors.js';
import { placementRepository as seats } from './placement-repository.js';
import { assertCanManageIslands } from './policy.js';
import { qualityReport } from './quality.js';
import { enqueueSeatMails, seatChanges } from './seat-notices.js';
import { islandRepository as repo, type Executor, type SettingsRow } from './repository.js';

type Status = SettingsRow['status'];
const INSERT_CHUNK = 500;

function sectorsOf(text: string, locale: Locale): { key: string; label: string }[] {
  try {
    return (JSON.parse(text) as SectorDefinition[]).map((s) => ({ key: s.key, label: s.label[locale] }));
  } catch {
    return [];
  }
}

/** Running, adjusting, locking and publishing the assignment, and placing late registrants. */
export function createIslandAssignmentService(deps: IslandDeps) {
  const { db, clock, events, sessions } = deps;
  const now = () => clock.now().toISOString();

  async function contextFor(actor: Actor, eventId: string): Promise<EventIslands> {
    assertCanManageIslands(actor);
    const event = await events.findEventRowById(eventId);
    if (!event) {
      throw new AppError('not_found');
    }
    return loadEventIslands(db, sessions, event);
  }

  /** Opens a transaction that first moves the state (locking the settings row), then does the work. */
  async function inState<T>(
    actor: Actor,
    eventId: string,
    from: readonly Status[],
    to: Partial<SettingsRow>,
    work: (trx: Executor, ctx: EventIslands) => Promise<T>,
  ): Promise<T> {
    const before = await contextFor(actor, eventId);
    if (before.event.status === 'archived') {
      throw new AppError('invalid_state');
    }
    await repo.ensureSettings(db, eventId, now());
    try {
      return await db.transaction().execute(async (trx) => {
        if (!(await repo.transition(trx, eventId, from, { ...to, updatedAt: now() }))) {
          throw new AppError('invalid_state');
        }
        return work(trx, await reloadInTransaction(trx, before));
      });
    } catch (error) {
      // A concurrent change won a unique index (same island twice, one seat per round).
      if (isUniqueViolation(error)) {
        throw fieldError('islandId', 'field.island_already_visited');
      }
      throw error;
    }
  }

  async function view(ctx: EventIslands, locale: Locale): Promise<AssignmentView> {
    const on = db;
    const eventId = ctx.event.id;
    const islandIds = new Set(ctx.islands.map((i) => i.id));
    const roundIds = new Set(ctx.rounds.map((r) => r.id));
    const prefs = new Map((await repo.listPreferences(on, eventId)).map((p) => [p.personId, p]));
    const participants = (await repo.listParticipants(on, eventId)).map((p) => ({
      personId: p.personId,
      name: fullName(p),
      organization: p.organization,
      sector: p.sector,
      ...preferencesOf(prefs.get(p.personId), islandIds),
    }));
    const placements = (await seats.listPlacements(on, eventId)).filter(
      (p) => roundIds.has(p.roundId) && islandIds.has(p.islandId),
    );
    return {
      settings: toSettings(ctx.settings, ctx.event.timeZone),
      rounds: ctx.rounds,
      islands: ctx.islands.map((i) => ({ id: i.id, theme: i.theme, capacity: i.capacity })),
      sectors: sectorsOf(ctx.event.sectors, locale),
      participants,
      placements: placements.map((p) => ({
        personId: p.personId,
        roundId: p.roundId,
        islandId: p.islandId,
        choiceRank: p.choiceRank,
        source: p.source,
      })),
      waitlist: (await seats.listWaitlist(on, eventId)).map((w) => ({
        personId: w.personId,
        roundId: w.roundId,
        islandId: w.islandId,
        position: w.position,
      })),
      report: qualityReport({
        rounds: ctx.rounds.map((r) => r.id),
        islands: ctx.islands,
        participants,
        placements,
        maxSectorShare: maxShareOf(ctx.settings),
      }),
    };
  }

  async function fresh(actor: Actor, eventId: string, locale: Locale): Promise<AssignmentView> {
    return view(await contextFor(actor, eventId), locale);
  }

  /** The draft run: every seat but hand moves is decided anew by the pure assignment module. */
  async function runDraft(trx: Executor, ctx: EventIslands): Promise<void> {
    const eventId = ctx.event.id;
    if (ctx.islands.length === 0 || ctx.rounds.length === 0) {
      throw new AppError('validation_failed', [
        ...(ctx.islands.length === 0 ? [{ field: 'islands', key: 'field.islands_none' }] : []),
        ...(ctx.rounds.length === 0 ? [{ field: 'rounds', key: 'field.island_rounds_none' }] : []),
      ]);
    }
    const participants = await repo.listParticipants(trx, eventId);
    const present = new Set(participants.map((p) => p.personId));
    await seats.deleteAutomaticPlacements(trx, eventId);
    const manual = (await seats.listPlacements(trx, eventId)).filter((p) => present.has(p.personId));
    const input = buildAssignmentInput({
      rounds: ctx.rounds,
      islands: ctx.islands,
      participants,
      preferences: await repo.listPreferences(trx, eventId),
      maxSectorShare: maxShareOf(ctx.settings),
      fixed: manual,
    });
    const result = assignIslands(input);
    const kept = new Set(manual.map((p) => `${p.roundId}|${p.personId}`));
    const stamp = now();
    const rows = result.placements
      .filter((p) => !kept.has(`${p.roundId}|${p.personId}`))
      .map((p) => ({
        id: newId(),
        eventId,
        roundId: p.roundId,
        islandId: p.islandId,
        personId: p.personId,
        choiceRank: p.choiceRank,
        source: 'auto' as const,
        checkedInAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      }));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('islandPlacements')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
    }
    // The module promises the capacities; the database checks them before anything is committed.
    if (await seats.recountSeats(trx, eventId)) {
      throw new Error('island assignment exceeded a capacity');
    }
    await repo.updateSettings(trx, eventId, {
      sectorCapInfeasible: result.report.sectorCapInfeasible ? 1 : 0,
      assignedAt: stamp,
    });
  }

  async function move(trx: Executor, ctx: EventIslands, input: MoveInput): Promise<void> {
    const eventId = ctx.event.id;
    if (!ctx.rounds.some((r) => r.id === input.roundId)) {
      throw fieldError('roundId', 'field.island_round_unknown');
    }
    if (input.islandId !== null && !ctx.islands.some((i) => i.id === input.islandId)) {
      throw fieldError('islandId', 'field.island_unknown');
    }
    const participants = new Set((await repo.listParticipants(trx, eventId)).map((p) => p.personId));
    if (!participants.has(input.personId)) {
      throw fieldError('personId', 'field.island_not_participant');
    }
    const ops = placementOps(trx, ctx, now());
    const current = await seats.findPlacement(trx, input.roundId, input.personId);
    if (input.islandId === null) {
      if (current) {
        await ops.promoteWaiting([await ops.unseat(current)], participants);
      }
      return;
    }
    const pref = await repo.findPreference(trx, eventId, input.personId);
    if (parseList(pref?.excluded ?? '[]').includes(input.islandId)) {
      throw fieldError('islandId', 'field.island_excluded_by_person');
    }
    const theirs = await seats.listPlacementsOfPerson(trx, input.personId, eventId);
    if (theirs.some((p) => p.islandId === input.islandId && p.roundId !== input.roundId)) {
      throw fieldError('islandId', 'field.island_already_visited');
    }
    const left = await ops.seatPerson(
      input.personId,
      { roundId: input.roundId, islandId: input.islandId },
      'manual',
    );
    if (left) {
      await ops.promoteWaiting([left], participants);
    }
  }

  /**
   * Published: drops seats of people no longer registered (the waitlist moves up), seats newcomers.
   * Everyone whose seat is new or moved gets one mail, written in the same transaction.
   */
  async function sync(trx: Executor, ctx: EventIslands): Promise<void> {
    const eventId = ctx.event.id;
    const before = await seats.listPlacements(trx, eventId);
    const participants = await repo.listParticipants(trx, eventId);
    const present = new Set(participants.map((p) => p.personId));
    const ops = placementOps(trx, ctx, now());
    const freed = [];
    for (const placement of await seats.listPlacements(trx, eventId)) {
      if (!present.has(placement.personId)) {
        freed.push(await ops.unseat(placement));
      }
    }
    for (const entry of await seats.listWaitlist(trx, eventId)) {
      if (!present.has(entry.personId)) {
        await seats.deleteWaitlistEntry(trx, entry.id);
      }
    }
    await ops.promoteWaiting(freed, present);
    if (ctx.islands.length > 0 && ctx.rounds.length > 0) {
      await ops.placeLate(present);
    }
    await enqueueSeatMails(trx, deps, ctx, seatChanges(before, await seats.listPlacements(trx, eventId)));
  }

  return {
    /** Who sits where, the waitlist and the quality report. */
    view: fresh,

    /** Runs the assignment as a draft (hand moves stay); only before locking. */
    async run(actor: Actor, eventId: string, locale: Locale): Promise<AssignmentView> {
      await inState(actor, eventId, ['none', 'draft'], { status: 'draft' }, runDraft);
      return fresh(actor, eventId, locale);
    },

    /** Moves one person in one round by hand (not while locked); capacity, exclusions and "never twice" hold. */
    async move(actor: Actor, eventId: string, input: MoveInput, locale: Locale): Promise<AssignmentView> {
      // A hand move before any run starts the draft.
      await inState(actor, eventId, ['none', 'draft', 'published'], {}, async (trx, ctx) => {
        if (ctx.settings?.status === 'none') {
          await repo.updateSettings(trx, eventId, { status: 'draft' });
        }
        if (ctx.settings?.status !== 'published') {
          await move(trx, ctx, input);
          return;
        }
        // Published seats are the participants' plan: whoever gets a new seat (the person moved, the
        // first on a waitlist moving up) hears of it.
        const before = await seats.listPlacements(trx, eventId);
        await move(trx, ctx, input);
        await enqueueSeatMails(trx, deps, ctx, seatChanges(before, await seats.listPlacements(trx, eventId)));
      });
      return fresh(actor, eventId, locale);
    },

    /** Freezes the draft: no more runs or moves until unlocked. */
    async lock(actor: Actor, eventId: string, locale: Locale): Promise<AssignmentView> {
      await inState(actor, eventId, ['draft'], { status: 'locked' }, async () => undefined);
      return fresh(actor, eventId, locale);
    },

    async unlock(actor: Actor, eventId: string, locale: Locale): Promise<AssignmentView> {
      await inState(actor, eventId, ['locked'], { status: 'draft' }, async () => undefined);
      return fresh(actor, eventId, locale);
    },

    /**
     * Publishes: participants, hosts, agendas and the hall plan show the assignment from now on.
     * With `notifyParticipants`, everyone seated gets one mail with their seats (in the same transaction).
     */
    async publish(
      actor: Actor,
      eventId: string,
      locale: Locale,
      input: PublishInput = {},
    ): Promise<AssignmentView> {
      const to = { status: 'published' as const, publishedAt: now() };
      await inState(actor, eventId, ['draft', 'locked'], to, async (trx, ctx) => {
        await deps.webhooks?.islandsPublished(trx, eventId);
        if (input.notifyParticipants) {
          await enqueueSeatMails(trx, deps, ctx, seatChanges([], await seats.listPlacements(trx, eventId)), {
            published: true,
          });
        }
      });
      return fresh(actor, eventId, locale);
    },

    /** After publishing: matches the seats to the registrations without moving anyone who stays. */
    async sync(actor: Actor, eventId: string, locale: Locale): Promise<AssignmentView> {
      await inState(actor, eventId, ['published'], {}, sync);
      return fresh(actor, eventId, locale);
    },
  };
}
export type IslandAssignmentService = ReturnType<typeof createIslandAssignmentService>;
