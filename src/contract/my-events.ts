import { z } from 'zod';
import { REGISTRATION_STATUSES } from './registration.js';

/**
 * "My events": a signed-in participant's registrations, each with what they can do there. Only what
 * applies is set: a ticket once confirmed, networking and meetings for confirmed participants, islands
 * when the event has islands, the live sessions with Q&A or polls, the survey once it was mailed.
 */
export const myEventSchema = z.object({
  registrationId: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  confirmExpiresAt: z.string().nullable(),
  ticketCode: z.string().nullable(),
  event: z.object({
    slug: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    venueName: z.string(),
    isPast: z.boolean(),
  }),
  can: z.object({
    ticket: z.boolean(),
    profile: z.boolean(),
    peopleToMeet: z.boolean(),
    meetings: z.boolean(),
    agenda: z.boolean(),
    islands: z.boolean(),
  }),
  liveSessions: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  /** `mailed`: the survey link went out by mail and is not answered yet. */
  survey: z.enum(['mailed', 'answered']).nullable(),
});
export type MyEvent = z.infer<typeof myEventSchema>;

export const myEventsSchema = z.object({ events: z.array(myEventSchema) });
export type MyEvents = z.infer<typeof myEventsSchema>;

/** The event page asks whether the signed-in visitor is registered (null when not, or cancelled). */
export const myEventAnswerSchema = z.object({ registration: myEventSchema.nullable() });
export type MyEventAnswer = z.infer<typeof myEventAnswerSchema>;
