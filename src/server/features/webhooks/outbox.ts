import type { Kysely } from 'kysely';
import type { WebhookData, WebhookEventType } from '../../../contract/webhooks.js';
import type { Clock } from '../../clock.js';
import { reusableQuery } from '../../db/reusable-query.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';

interface NewMessage {
  id: string;
  type: string;
  eventId: string | null;
  payload: string;
  createdAt: string;
}

/**
 * Writes webhook messages into the transaction of the change they report (the transactional outbox of
 * DESIGN.md): a change and its webhook commit together or not at all. The dispatcher fans them out to
 * the endpoints subscribed at that time and delivers them.
 */
export function createWebhookOutbox({
  db,
  clock,
  baseUrl,
}: {
  db: Kysely<Database>;
  clock: Clock;
  baseUrl: string;
}) {
  // Compiled once: a registration rush writes one message per registration.
  const insertMessage = reusableQuery((p: NewMessage) =>
    db.insertInto('webhookMessages').values({
      id: p.id,
      type: p.type,
      eventId: p.eventId,
      payload: p.payload,
      createdAt: p.createdAt,
      dispatchedAt: null,
    }),
  );
  const api = `${baseUrl}/api/v1`;
  const eventLink = (eventId: string) => `${api}/admin/events/${eventId}`;

  async function write<T extends WebhookEventType>(
    trx: Kysely<Database>,
    type: T,
    eventId: string,
    data: WebhookData<T>,
  ): Promise<void> {
    const createdAt = clock.now().toISOString();
    const payload = JSON.stringify({ type, timestamp: createdAt, data });
    await trx.executeQuery(insertMessage({ id: `msg_${newId()}`, type, eventId, payload, createdAt }));
  }

  return {
    /** A registration was created or changed status; `type` says which change. */
    registration(
      trx: Kysely<Database>,
      type:
        | 'registration.created'
        | 'registration.confirmed'
        | 'registration.waitlisted'
        | 'registration.promoted'
        | 'registration.cancelled',
      reg: { id: string; eventId: string; status: WebhookData<'registration.created'>['status'] },
    ): Promise<void> {
      return write(trx, type, reg.eventId, {
        eventId: reg.eventId,
        registrationId: reg.id,
        status: reg.status,
        links: { registration: `${api}/admin/registrations/${reg.id}`, event: eventLink(reg.eventId) },
      });
    },

    /** A person was checked in at the door. */
    checkedIn(
      trx: Kysely<Database>,
      entry: { eventId: string; registrationId: string; checkedInAt: string },
    ): Promise<void> {
      return write(trx, 'checkin.created', entry.eventId, {
        ...entry,
        links: {
          registration: `${api}/admin/registrations/${entry.registrationId}`,
          event: eventLink(entry.eventId),
        },
      });
    },

    /** A meeting request was accepted. */
    meetingAccepted(trx: Kysely<Database>, meeting: { eventId: string; meetingId: string }): Promise<void> {
      return write(trx, 'meeting.accepted', meeting.eventId, {
        ...meeting,
        links: { event: eventLink(meeting.eventId) },
      });
    },

    /** The island assignment of an event was published. */
    islandsPublished(trx: Kysely<Database>, eventId: string): Promise<void> {
      return write(trx, 'islands.assignment_published', eventId, {
        eventId,
        links: { event: eventLink(eventId), assignment: `${eventLink(eventId)}/island-assignment` },
      });
    },

    /** Someone answered the follow-up survey. */
    surveyAnswered(trx: Kysely<Database>, answer: { eventId: string; responseId: string }): Promise<void> {
      return write(trx, 'survey.answered', answer.eventId, {
        ...answer,
        links: { event: eventLink(answer.eventId), results: `${eventLink(answer.eventId)}/survey` },
      });
    },
  };
}
export type WebhookOutbox = ReturnType<typeof createWebhookOutbox>;
