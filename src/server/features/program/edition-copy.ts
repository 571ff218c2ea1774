import type { EditionCopy } from '../events/index.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';

/** Next year's programme: speakers, sessions (moved by the edition's days, same rooms) and who speaks where. */
export async function copyProgramme(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const speakers = await trx
    .selectFrom('programSpeakers')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const speaker of speakers) {
    const id = newId();
    copy.ids.set(speaker.id, id);
    await trx
      .insertInto('programSpeakers')
      .values({ ...speaker, id, eventId: copy.toEventId, createdAt: copy.now, updatedAt: copy.now })
      .execute();
  }
  const sessions = await trx
    .selectFrom('programSessions')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const session of sessions) {
    const id = newId();
    copy.ids.set(session.id, id);
    await trx
      .insertInto('programSessions')
      .values({
        ...session,
        id,
        eventId: copy.toEventId,
        startsAt: copy.shift(session.startsAt),
        endsAt: copy.shift(session.endsAt),
        createdAt: copy.now,
        updatedAt: copy.now,
      })
      .execute();
  }
  if (sessions.length === 0) {
    return;
  }
  const links = await trx
    .selectFrom('programSessionSpeakers')
    .selectAll()
    .where(
      'sessionId',
      'in',
      sessions.map((s) => s.id),
    )
    .execute();
  for (const link of links) {
    const sessionId = copy.ids.get(link.sessionId);
    const speakerId = copy.ids.get(link.speakerId);
    if (sessionId && speakerId) {
      await trx
        .insertInto('programSessionSpeakers')
        .values({ ...link, sessionId, speakerId })
        .execute();
    }
  }
}
