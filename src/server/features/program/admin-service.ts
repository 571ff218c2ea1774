import type { Kysely } from 'kysely';
import type {
  AdminSession,
  ProgrammeConflict,
  SessionFields,
  Speaker,
  SpeakerFields,
} from '../../../contract/program.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow, EventService } from '../events/index.js';
import { findProgrammeConflicts } from './conflicts.js';
import { toAdminSession, toSpeaker } from './mapping.js';
import { assertCanEditProgramme } from './policy.js';
import { createProgrammeRepository } from './repository.js';
import { sessionColumns, speakerColumns } from './validation.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById'>;
}

/** The organizer's programme editor: sessions, speakers, conflict warnings. */
export function createProgrammeAdminService({ db, clock, events }: Deps) {
  const repo = createProgrammeRepository(db);

  async function eventFor(actor: Actor, eventId: string, forWriting: boolean): Promise<EventRow> {
    assertCanEditProgramme(actor);
    const event = await events.findEventRowById(eventId);
    if (!event) {
      throw new AppError('not_found');
    }
    if (forWriting && event.status === 'archived') {
      throw new AppError('invalid_state');
    }
    return event;
  }

  async function sessionWithEvent(actor: Actor, sessionId: string, forWriting: boolean) {
    assertCanEditProgramme(actor);
    const session = await repo.findSession(sessionId);
    if (!session) {
      throw new AppError('not_found');
    }
    return { session, event: await eventFor(actor, session.eventId, forWriting) };
  }

  async function speakerIdsOf(eventId: string): Promise<Set<string>> {
    return new Set((await repo.listSpeakers(eventId)).map((s) => s.id));
  }

  async function speakerWithEvent(actor: Actor, speakerId: string) {
    assertCanEditProgramme(actor);
    const speaker = await repo.findSpeaker(speakerId);
    if (!speaker) {
      throw new AppError('not_found');
    }
    return { speaker, event: await eventFor(actor, speaker.eventId, true) };
  }

  async function loadSession(id: string, timeZone: string): Promise<AdminSession> {
    return toAdminSession((await repo.findSession(id))!, timeZone);
  }

  return {
    /** Every session of an event by start, with speakers. */
    async listSessions(actor: Actor, eventId: string): Promise<AdminSession[]> {
      const event = await eventFor(actor, eventId, false);
      return (await repo.listSessions(eventId)).map((s) => toAdminSession(s, event.timeZone));
    },

    /** Adds a session; it must lie within the event, its speakers must be the event's. */
    async createSession(actor: Actor, eventId: string, fields: SessionFields): Promise<AdminSession> {
      const event = await eventFor(actor, eventId, true);
      const columns = sessionColumns(fields, event, await speakerIdsOf(eventId));
      const now = clock.now().toISOString();
      const id = newId();
      await repo.saveSession(
        { ...columns, id, eventId, sequence: 0, createdAt: now, updatedAt: now },
        fields.speakers,
        true,
      );
      return loadSession(id, event.timeZone);
    },

    /** Replaces a session's fields; raises its sequence so calendar feeds show the change. */
    async updateSession(actor: Actor, sessionId: string, fields: SessionFields): Promise<AdminSession> {
      const { session, event } = await sessionWithEvent(actor, sessionId, true);
      const columns = sessionColumns(fields, event, await speakerIdsOf(event.id));
      const now = clock.now().toISOString();
      await repo.saveSession(
        {
          ...columns,
          id: session.id,
          eventId: event.id,
          sequence: 0,
          createdAt: session.createdAt,
          updatedAt: now,
        },
        fields.speakers,
        false,
      );
      return loadSession(session.id, event.timeZone);
    },

    /** Removes a session; it leaves every agenda and calendar feed with it. */
    async deleteSession(actor: Actor, sessionId: string): Promise<void> {
      await sessionWithEvent(actor, sessionId, true);
      await repo.deleteSession(sessionId);
    },

    /** The event's speakers by name. */
    async listSpeakers(actor: Actor, eventId: string): Promise<Speaker[]> {
      await eventFor(actor, eventId, false);
      return (await repo.listSpeakers(eventId)).map(toSpeaker);
    },

    /** Adds a speaker to an event. */
    async createSpeaker(actor: Actor, eventId: string, fields: SpeakerFields): Promise<Speaker> {
      await eventFor(actor, eventId, true);
      const now = clock.now().toISOString();
      const id = newId();
      await repo.insertSpeaker({ ...speakerColumns(fields), id, eventId, createdAt: now, updatedAt: now });
      return toSpeaker((await repo.findSpeaker(id))!);
    },

    /** Replaces a speaker's fields. */
    async updateSpeaker(actor: Actor, speakerId: string, fields: SpeakerFields): Promise<Speaker> {
      const { speaker } = await speakerWithEvent(actor, speakerId);
      const now = clock.now().toISOString();
      await repo.updateSpeaker(speaker.id, { ...speakerColumns(fields), updatedAt: now }, now);
      return toSpeaker((await repo.findSpeaker(speaker.id))!);
    },

    /** Removes a speaker from the event and from every session. */
    async deleteSpeaker(actor: Actor, speakerId: string): Promise<void> {
      const { speaker } = await speakerWithEvent(actor, speakerId);
      await repo.deleteSpeaker(speaker.id, clock.now().toISOString());
    },

    /** Speakers and rooms in two places at once. */
    async listConflicts(actor: Actor, eventId: string): Promise<ProgrammeConflict[]> {
      await eventFor(actor, eventId, false);
      return findProgrammeConflicts(await repo.listSessions(eventId));
    },
  };
}
export type ProgrammeAdminService = ReturnType<typeof createProgrammeAdminService>;
