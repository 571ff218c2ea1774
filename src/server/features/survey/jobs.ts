import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { attendeeBasis } from '../retrospective/index.js';
import { surveyInvitationMail } from './mails.js';
import { surveyRepository as repo } from './repository.js';
import { DEFAULT_DELAY_DAYS } from './service.js';

interface JobDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: Pick<MailOutbox, 'enqueueMail'>;
  baseUrl: string;
}

const DAY_MS = 86_400_000;
/**
 * Invitations go out only within this many days after they fell due: an old event (the demo's 2020
 * edition, or events from before the survey existed) never mails its attendees years later.
 */
export const SURVEY_SEND_WINDOW_DAYS = 14;

/** Time-driven survey work; safe on every instance at once (the unique invitation index and the dedupe key decide). */
export function createSurveyJobs({ db, clock, mail, baseUrl }: JobDeps) {
  /** Mails the survey link to each attendee of events whose delay has passed; returns how many were queued. */
  async function sendDueInvitations(): Promise<number> {
    const now = clock.now().getTime();
    const maxDelay = 60;
    const from = new Date(now - (maxDelay + SURVEY_SEND_WINDOW_DAYS) * DAY_MS).toISOString();
    let sent = 0;
    for (const event of await repo.listEndedEvents(db, from, new Date(now).toISOString())) {
      const delay = event.delayDays === null ? DEFAULT_DELAY_DAYS : Number(event.delayDays);
      const dueAt = new Date(event.endsAt).getTime() + delay * DAY_MS;
      if (event.isEnabled === 0 || now < dueAt || now > dueAt + SURVEY_SEND_WINDOW_DAYS * DAY_MS) {
        continue;
      }
      const basis = await attendeeBasis(db, event.id);
      for (const person of await repo.listUninvited(db, event.id, basis)) {
        await db.transaction().execute(async (trx) => {
          const secret = newSecret();
          const inserted = await repo.insertInvitation(trx, {
            id: newId(),
            eventId: event.id,
            registrationId: person.id,
            tokenHash: hashSecret(secret),
            createdAt: new Date(now).toISOString(),
          });
          if (!inserted) {
            return;
          }
          const locale: Locale = person.locale === 'en' ? 'en' : 'de';
          const rendered = surveyInvitationMail(locale, {
            name: `${person.firstName} ${person.lastName}`.trim(),
            eventTitle: event.title,
            url: `${baseUrl}/survey/${encodeURIComponent(secret)}`,
          });
          await mail.enqueueMail(
            {
              kind: 'survey-invitation',
              dedupeKey: `survey-invitation:${event.id}:${person.id}`,
              to: person.email,
              locale,
              ...rendered,
              about: { eventId: event.id, registrationId: person.id },
            },
            trx,
          );
          sent += 1;
        });
      }
    }
    return sent;
  }

  return { sendDueInvitations };
}
export type SurveyJobs = ReturnType<typeof createSurveyJobs>;
