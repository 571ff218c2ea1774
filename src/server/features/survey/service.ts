import type { WebhookOutbox } from '../webhooks/index.js';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import { MIN_GROUP_SIZE } from '../../../contract/retrospective.js';
import {
  WILL_RETURN,
  type SurveyAnswerFields,
  type SurveyForm,
  type SurveyResults,
  type SurveySettings,
} from '../../../contract/survey.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { hashSecret, newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventService } from '../events/index.js';
import { assertCanEditRetrospective, parseSectors, sectorLabel } from '../retrospective/index.js';
import { surveyRepository as repo } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById'>;
  /** A webhook message for each answer (its id only), in the transaction that stores it. */
  webhooks?: Pick<WebhookOutbox, 'surveyAnswered'>;
}

export const DEFAULT_DELAY_DAYS = 2;

function tally(keys: string[], order: readonly string[], label: (key: string) => string) {
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => ({ key, label: label(key), count }));
}

/** The follow-up survey: the personal form, anonymous answers, settings and the organizer's results. */
export function createSurveyService({ db, clock, events, webhooks }: Deps) {
  async function invitationFor(token: string) {
    const invitation = await repo.findInvitation(db, hashSecret(token));
    const event = invitation ? await events.findEventRowById(invitation.eventId) : undefined;
    if (!invitation || !event) {
      throw new AppError('link_invalid');
    }
    return { invitation, event };
  }

  return {
    /** What the survey page shows for a personal link. */
    async getForm(token: string, locale: Locale): Promise<SurveyForm> {
      const { invitation, event } = await invitationFor(token);
      return {
        eventTitle: event.title,
        eventStartsAt: event.startsAt,
        timeZone: event.timeZone,
        hasAnswered: invitation.answeredAt !== null,
        sectors: parseSectors(event.sectors).map((s) => ({ key: s.key, label: s.label[locale] })),
      };
    },

    /**
     * Stores an answer without any link to the person: the invitation only gets its "answered" mark,
     * set by a conditional UPDATE in the same transaction, so a second answer is refused (409).
     */
    async answer(token: string, input: SurveyAnswerFields): Promise<void> {
      const { invitation, event } = await invitationFor(token);
      const known = new Set(parseSectors(event.sectors).map((s) => s.key));
      const unknown = input.partnerSectors.findIndex((key) => !known.has(key));
      if (unknown >= 0) {
        throw fieldError(`partnerSectors.${unknown}`, 'field.invalid_value');
      }
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.markAnswered(trx, invitation.id, now))) {
          throw new AppError('conflict');
        }
        const responseId = newId();
        await webhooks?.surveyAnswered(trx, { eventId: invitation.eventId, responseId });
        await repo.insertResponse(trx, {
          id: responseId,
          eventId: invitation.eventId,
          rating: input.rating,
          metPartners: input.metPartners ? 1 : 0,
          partnerCount: input.metPartners ? input.partnerCount : 0,
          partnerSectors: JSON.stringify(input.metPartners ? [...new Set(input.partnerSectors)] : []),
          willReturn: input.willReturn,
          comment: input.comment,
          answeredOn: now.slice(0, 10),
        });
      });
    },

    /** Saves when (and whether) the invitations go out. */
    async saveSettings(actor: Actor, eventId: string, settings: SurveySettings): Promise<SurveySettings> {
      assertCanEditRetrospective(actor);
      if (!(await events.findEventRowById(eventId))) {
        throw new AppError('not_found');
      }
      await repo.saveSettings(db, eventId, settings.isEnabled, settings.delayDays, clock.now().toISOString());
      return settings;
    },

    /** Counts of every answer; nothing but the totals while fewer than three people answered. */
    async getResults(actor: Actor, eventId: string, locale: Locale): Promise<SurveyResults> {
      assertCanEditRetrospective(actor);
      const event = await events.findEventRowById(eventId);
      if (!event) {
        throw new AppError('not_found');
      }
      const stored = await repo.findSettings(db, eventId);
      const settings = {
        isEnabled: stored ? stored.isEnabled === 1 : true,
        delayDays: stored ? Number(stored.delayDays) : DEFAULT_DELAY_DAYS,
      };
      const { invited } = await repo.countInvitations(db, eventId);
      const answers = await repo.listResponses(db, eventId);
      const empty = {
        averageRating: null,
        ratings: [],
        metPartners: [],
        partnerSectors: [],
        willReturn: [],
        comments: [],
      };
      if (answers.length < MIN_GROUP_SIZE) {
        return { settings, invited, answered: answers.length, suppressed: true, ...empty };
      }
      const sectors = parseSectors(event.sectors);
      const sum = answers.reduce((s, a) => s + Number(a.rating), 0);
      return {
        settings,
        invited,
        answered: answers.length,
        suppressed: false,
        averageRating: Math.round((sum / answers.length) * 10) / 10,
        ratings: tally(
          answers.map((a) => String(a.rating)),
          ['1', '2', '3', '4', '5'],
          (k) => k,
        ),
        metPartners: tally(
          answers.map((a) => (Number(a.metPartners) === 1 ? 'yes' : 'no')),
          ['yes', 'no'],
          (k) => k,
        ),
        partnerSectors: tally(
          answers.flatMap((a) => JSON.parse(a.partnerSectors) as string[]),
          sectors.map((s) => s.key),
          (k) => sectorLabel(sectors, k, locale),
        ),
        willReturn: tally(
          answers.map((a) => a.willReturn),
          WILL_RETURN,
          (k) => k,
        ),
        comments: answers.map((a) => a.comment).filter((c) => c !== ''),
      };
    },
  };
}
export type SurveyService = ReturnType<typeof createSurveyService>;
