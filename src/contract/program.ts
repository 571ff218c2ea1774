import { z } from 'zod';
import { dateTimeInputSchema } from './events.js';

/** Kinds of programme items, in the order the editor offers them. */
export const SESSION_TYPES = [
  'keynote',
  'panel',
  'talk',
  'island-round',
  'networking',
  'break',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** What a person does in a session. */
export const SPEAKER_ROLES = ['moderator', 'panelist', 'speaker'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** Limits shared by the form and the API. */
export const PROGRAMME_LIMITS = {
  titleMax: 200,
  descriptionMax: 10_000,
  roomMax: 120,
  topicsMax: 20,
  topicMax: 80,
  speakersPerSessionMax: 20,
  nameMax: 120,
  organizationMax: 200,
  positionMax: 200,
  bioMax: 1_000,
  altMax: 300,
} as const;

const trimmed = (max: number) => z.string().trim().max(max);

export const sessionSpeakerInputSchema = z.object({
  speakerId: z.uuid(),
  role: z.enum(SPEAKER_ROLES),
});

/** A session as the organizer writes it: times are wall-clock in the event's zone (or instants with offset). */
export const sessionInputSchema = z
  .object({
    type: z.enum(SESSION_TYPES),
    title: z.string().trim().min(1).max(PROGRAMME_LIMITS.titleMax),
    description: z.string().max(PROGRAMME_LIMITS.descriptionMax).default(''),
    startsAt: dateTimeInputSchema,
    endsAt: dateTimeInputSchema,
    room: trimmed(PROGRAMME_LIMITS.roomMax).default(''),
    topics: z
      .array(z.string().trim().min(1).max(PROGRAMME_LIMITS.topicMax))
      .max(PROGRAMME_LIMITS.topicsMax)
      .default([]),
    speakers: z.array(sessionSpeakerInputSchema).max(PROGRAMME_LIMITS.speakersPerSessionMax).default([]),
  })
  .strict();
export type SessionInput = z.input<typeof sessionInputSchema>;
export type SessionFields = z.output<typeof sessionInputSchema>;

/** A speaker as the organizer writes it; alt text is required when a photo is given (checked by the server). */
export const speakerInputSchema = z
  .object({
    name: z.string().trim().min(1).max(PROGRAMME_LIMITS.nameMax),
    organization: trimmed(PROGRAMME_LIMITS.organizationMax).default(''),
    position: trimmed(PROGRAMME_LIMITS.positionMax).default(''),
    bio: trimmed(PROGRAMME_LIMITS.bioMax).default(''),
    photoUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).default(''),
    photoAlt: trimmed(PROGRAMME_LIMITS.altMax).default(''),
  })
  .strict();
export type SpeakerInput = z.input<typeof speakerInputSchema>;
export type SpeakerFields = z.output<typeof speakerInputSchema>;

export const speakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string(),
  position: z.string(),
  bio: z.string(),
  photoUrl: z.string().nullable(),
  photoAlt: z.string().nullable(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const sessionSpeakerSchema = speakerSchema.extend({ role: z.enum(SPEAKER_ROLES) });
export type SessionSpeaker = z.infer<typeof sessionSpeakerSchema>;

/** A session as everyone sees it. */
export const programmeSessionSchema = z.object({
  id: z.string(),
  type: z.enum(SESSION_TYPES),
  title: z.string(),
  descriptionHtml: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  room: z.string(),
  topics: z.array(z.string()),
  speakers: z.array(sessionSpeakerSchema),
});
export type ProgrammeSession = z.infer<typeof programmeSessionSchema>;

/** The organizer's view adds the Markdown source and the change counter. */
export const adminSessionSchema = programmeSessionSchema.extend({
  eventId: z.string(),
  description: z.string(),
  sequence: z.number().int(),
  updatedAt: z.string(),
});
export type AdminSession = z.infer<typeof adminSessionSchema>;

/** The public timetable of one event. */
export const programmeSchema = z.object({
  eventId: z.string(),
  slug: z.string(),
  timeZone: z.string(),
  rooms: z.array(z.string()),
  sessions: z.array(programmeSessionSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

const conflictSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

/** Someone or some room in two places at once. */
export const programmeConflictSchema = z.object({
  kind: z.enum(['speaker', 'room']),
  /** The speaker's name or the room. */
  subject: z.string(),
  speakerId: z.string().nullable(),
  sessions: z.tuple([conflictSessionSchema, conflictSessionSchema]),
});
export type ProgrammeConflict = z.infer<typeof programmeConflictSchema>;

/** One starred session in "Mein Programm / My agenda", with its event. */
export const agendaEntrySchema = programmeSessionSchema.extend({
  event: z.object({ slug: z.string(), title: z.string(), timeZone: z.string() }),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

export const agendaQuerySchema = z.object({ event: z.string().min(1).max(120).optional() });
/**
 * An assignment another feature contributes to the agenda (a seat at a conversation island, a
 * meeting), with texts in every language; `details` is feature-specific plain data.
 */
export const agendaAssignmentEntrySchema = z.object({
  uid: z.string(),
  kind: z.enum(['island', 'meeting']),
  sessionId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  summary: z.object({ de: z.string(), en: z.string() }),
  location: z.object({ de: z.string(), en: z.string() }),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  event: z.object({ slug: z.string(), title: z.string(), timeZone: z.string() }),
});
export type AgendaAssignmentEntry = z.infer<typeof agendaAssignmentEntrySchema>;

export const agendaSchema = z.object({
  sessions: z.array(agendaEntrySchema),
  /** Added later than `sessions`: clients that do not know it may ignore it. */
  assignments: z.array(agendaAssignmentEntrySchema),
});
export type Agenda = z.infer<typeof agendaSchema>;
export const feedStateSchema = z.object({ hasFeed: z.boolean(), createdAt: z.string().nullable() });
export const feedIssuedSchema = z.object({ url: z.string(), createdAt: z.string() });
export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });
export const feedParamsSchema = z.object({ feedToken: z.string().min(20).max(100) });
