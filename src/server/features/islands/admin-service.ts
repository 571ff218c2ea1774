import type { WebhookOutbox } from '../webhooks/index.js';
import type { Kysely } from 'kysely';
import type {
  HostCandidate,
  HostInput,
  IslandAdmin,
  IslandFields,
  IslandSettingsInput,
  IslandsOverview,
} from '../../../contract/islands.js';
import { hostInputSchema } from '../../../contract/islands.js';
import type { Locale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import { parseEventDateTime, type EventRow, type EventService } from '../events/index.js';
import type { SessionReader } from '../program/index.js';
import { loadEventIslands } from './context.js';
import { defaultIslands } from './defaults.js';
import { fullName, toIslandAdmin, toSettings } from './mapping.js';
import { assertCanManageIslands } from './policy.js';
import { checkPreferences } from './preferences.js';
import { islandRepository as repo } from './repository.js';
import type { SeatNoticeDeps } from './seat-notices.js';

export interface IslandDeps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById' | 'findEventRowBySlug'>;
  sessions: SessionReader;
  /** The public address of this installation, for hosts' personal links. */
  baseUrl: string;
  /** The outbox and the registrations' personal links, for the mails about changed seats. */
  mail: SeatNoticeDeps['mail'];
  personalLinks: SeatNoticeDeps['personalLinks'];
  /** A webhook message when the assignment is published, in the same transaction. */
  webhooks?: Pick<WebhookOutbox, 'islandsPublished'>;
}

function islandColumns(fields: IslandFields) {
  return {
    theme: fields.theme,
    description: fields.description,
    guidingQuestions: JSON.stringify(fields.guidingQuestions),
    place: fields.place,
    tableLabel: fields.tableLabel,
    capacity: fields.capacity,
  };
}

/** The organizer's island editor: islands, hosts, deadline and sector cap. */
export function createIslandAdminService({ db, clock, events, sessions, baseUrl }: IslandDeps) {
  const now = () => clock.now().toISOString();

  async function eventFor(actor: Actor, eventId: string, forWriting: boolean): Promise<EventRow> {
    assertCanManageIslands(actor);
    const event = await events.findEventRowById(eventId);
    if (!event) {
      throw new AppError('not_found');
    }
    if (forWriting && event.status === 'archived') {
      throw new AppError('invalid_state');
    }
    return event;
  }

  async function islandWithEvent(actor: Actor, islandId: string) {
    assertCanManageIslands(actor);
    const island = await repo.findIsland(db, islandId);
    if (!island) {
      throw new AppError('not_found');
    }
    return { island, event: await eventFor(actor, island.eventId, true) };
  }

  /** Islands may be removed only while nobody's seat is fixed (not once locked or published). */
  async function assertDraft(eventId: string): Promise<void> {
    const status = (await repo.findSettings(db, eventId))?.status ?? 'none';
    if (status === 'locked' || status === 'published') {
      throw new AppError('invalid_state');
    }
  }

  async function islandView(islandId: string): Promise<IslandAdmin> {
    const island = (await repo.findIsland(db, islandId))!;
    return toIslandAdmin(island, await repo.listHosts(db, [island.id]));
  }

  async function insertIsland(eventId: string, fields: IslandFields): Promise<string> {
    const id = newId();
    const stamp = now();
    await repo.insertIsland(db, {
      ...islandColumns(fields),
      id,
      eventId,
      position: await repo.nextPosition(db, eventId),
      createdAt: stamp,
      updatedAt: stamp,
    });
    return id;
  }

  return {
    /** Islands with hosts, the rounds from the programme, deadline, sector cap and assignment state. */
    async overview(actor: Actor, eventId: string): Promise<IslandsOverview> {
      const ctx = await loadEventIslands(db, sessions, await eventFor(actor, eventId, false));
      return {
        eventId,
        timeZone: ctx.event.timeZone,
        settings: toSettings(ctx.settings, ctx.event.timeZone),
        islands: ctx.islands.map((i) => toIslandAdmin(i, ctx.hosts)),
        rounds: ctx.rounds,
      };
    },

    /** Adds an island at the end (also after publishing: new seats move nobody). */
    async createIsland(actor: Actor, eventId: string, fields: IslandFields): Promise<IslandAdmin> {
      await eventFor(actor, eventId, true);
      return islandView(await insertIsland(eventId, fields));
    },

    /** Adds the reference event's five islands (in the caller's language) whose theme is missing. */
    async addDefaults(actor: Actor, eventId: string, locale: Locale): Promise<IslandAdmin[]> {
      await eventFor(actor, eventId, true);
      const themes = new Set((await repo.listIslands(db, eventId)).map((i) => i.theme.toLowerCase()));
      for (const fields of defaultIslands(locale).filter((d) => !themes.has(d.theme.toLowerCase()))) {
        await insertIsland(eventId, fields);
      }
      const islands = await repo.listIslands(db, eventId);
      const hosts = await repo.listHosts(
        db,
        islands.map((i) => i.id),
      );
      return islands.map((i) => toIslandAdmin(i, hosts));
    },

    /** Changes an island; its capacity never below the people already seated in a round. */
    async updateIsland(actor: Actor, islandId: string, fields: IslandFields): Promise<IslandAdmin> {
      const { island } = await islandWithEvent(actor, islandId);
      const updated = await repo.updateIsland(db, island.id, { ...islandColumns(fields), updatedAt: now() });
      if (!updated) {
        throw fieldError('capacity', 'field.island_capacity_below_seated');
      }
      return islandView(island.id);
    },

    /** Removes an island (with its seats) while the assignment is not locked or published. */
    async deleteIsland(actor: Actor, islandId: string): Promise<void> {
      const { island } = await islandWithEvent(actor, islandId);
      await assertDraft(island.eventId);
      await repo.deleteIsland(db, island.id);
    },

    /** Sets the ranking deadline (wall-clock in the event's zone) and the sector cap. */
    async saveSettings(actor: Actor, eventId: string, input: IslandSettingsInput) {
      const event = await eventFor(actor, eventId, true);
      const deadline = input.rankingDeadline
        ? parseEventDateTime(input.rankingDeadline, event.timeZone)
        : null;
      if (input.rankingDeadline && !deadline) {
        throw fieldError('rankingDeadline', 'field.invalid_datetime');
      }
      const stamp = now();
      await repo.ensureSettings(db, eventId, stamp);
      await repo.updateSettings(db, eventId, {
        rankingDeadline: deadline,
        maxSectorShare: input.maxSectorSharePercent,
        updatedAt: stamp,
      });
      return toSettings(await repo.findSettings(db, eventId), event.timeZone);
    },

    /** Adds a host: a registrant of the event, or a person given by name and address. */
    async addHost(actor: Actor, islandId: string, body: HostInput): Promise<IslandAdmin> {
      const { island } = await islandWithEvent(actor, islandId);
      const input = hostInputSchema.parse(body);
      let person = { personId: null as string | null, name: input.name ?? '', email: input.email ?? '' };
      let organization = input.organization;
      if (input.personId) {
        const reg = await repo.findRegistration(db, island.eventId, input.personId);
        if (!reg) {
          throw fieldError('personId', 'field.island_host_not_registered');
        }
        // A host sits at the island all day: someone waiting for a seat (or not yet confirmed) may not come.
        const hasSeat = reg.status === 'confirmed' || (reg.isGuest === 1 && reg.status !== 'waitlisted');
        if (!hasSeat || reg.status === 'cancelled' || reg.status === 'expired') {
          throw fieldError('personId', 'field.island_host_without_seat');
        }
        person = { personId: input.personId, name: fullName(reg), email: reg.email };
        organization = organization || reg.organization;
      } else if (!person.name || !person.email) {
        throw new AppError('validation_failed', [
          ...(person.name ? [] : [{ field: 'name', key: 'field.required' }]),
          ...(person.email ? [] : [{ field: 'email', key: 'field.required' }]),
        ]);
      }
      await repo.insertHost(db, {
        id: newId(),
        islandId: island.id,
        ...person,
        organization,
        tokenHash: null,
        createdAt: now(),
      });
      return islandView(island.id);
    },

    /** Removes a host (their personal link stops working). */
    async removeHost(actor: Actor, hostId: string): Promise<void> {
      assertCanManageIslands(actor);
      const host = await repo.findHost(db, hostId);
      if (!host) {
        throw new AppError('not_found');
      }
      await islandWithEvent(actor, host.islandId);
      await repo.deleteHost(db, host.id);
    },

    /** Issues a new personal link to the host's list; an earlier link stops working. */
    async issueHostLink(actor: Actor, hostId: string): Promise<{ url: string }> {
      assertCanManageIslands(actor);
      const host = await repo.findHost(db, hostId);
      if (!host) {
        throw new AppError('not_found');
      }
      await islandWithEvent(actor, host.islandId);
      const token = newSecret();
      await repo.setHostToken(db, host.id, hashSecret(token));
      return { url: `${baseUrl}/islands/host/${token}` };
    },

    /**
     * Takes over preferences gathered elsewhere (an earlier survey, the demo) for registrants of the
     * event, whatever the deadline; each entry is checked like a participant's own.
     */
    async importPreferences(
      actor: Actor,
      eventId: string,
      entries: readonly { personId: string; ranking: string[]; excluded: string[] }[],
    ): Promise<void> {
      await eventFor(actor, eventId, true);
      const islandIds = new Set((await repo.listIslands(db, eventId)).map((i) => i.id));
      const rounds = (await sessions.listByType(eventId, 'island-round')).length;
      const registered = new Set((await repo.listRegistrants(db, eventId)).map((p) => p.personId));
      const stamp = now();
      for (const entry of entries.filter((e) => registered.has(e.personId))) {
        checkPreferences(entry, islandIds, rounds);
        await repo.savePreference(db, {
          eventId,
          personId: entry.personId,
          ranking: JSON.stringify(entry.ranking),
          excluded: JSON.stringify(entry.excluded),
          updatedAt: stamp,
        });
      }
    },

    /** The event's participants with a seat (nobody from the waitlist), to choose a host from. */
    async listHostCandidates(actor: Actor, eventId: string): Promise<HostCandidate[]> {
      await eventFor(actor, eventId, false);
      return (await repo.listSeated(db, eventId)).map((p) => ({
        personId: p.personId,
        name: fullName(p),
        email: p.email,
        organization: p.organization,
      }));
    },
  };
}
export type IslandAdminService = ReturnType<typeof createIslandAdminService>;
