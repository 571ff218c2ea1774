import { z } from 'zod';

/** Limits shared by the forms and the API. */
export const MEETING_LIMITS = {
  messageMax: 500,
  slotMinutesMin: 5,
  slotMinutesMax: 120,
  defaultSlotMinutes: 20,
  tableNumberMax: 9_999,
  tablesPerRequestMax: 300,
  locationMax: 120,
  /** New requests a person may send per event within an hour. */
  requestsPerHour: 10,
  /** Requests of a person that may wait for an answer at the same time (per event). */
  openRequestsMax: 30,
} as const;

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatusName = (typeof MEETING_STATUSES)[number];

/** Why an accepted meeting has no slot (scheduler reasons, or not yet planned, or its slot went away). */
export const UNSCHEDULED_REASONS = [
  'no-common-free-slot',
  'no-free-table',
  'person-fully-booked',
  'not-run-yet',
  'needs-rescheduling',
] as const;
export type UnscheduledReasonName = (typeof UNSCHEDULED_REASONS)[number];

export const NOTICE_KINDS = [
  'requested',
  'accepted',
  'declined',
  'cancelled',
  'scheduled',
  'slot-picked',
  'needs-rescheduling',
] as const;
export type MeetingNoticeKind = (typeof NOTICE_KINDS)[number];

export const meetingIdParamsSchema = z.object({ id: z.uuid() });
export const slotParamsSchema = z.object({ slug: z.string().min(1).max(120), slotId: z.uuid() });
export const personParamsSchema = z.object({ slug: z.string().min(1).max(120), personId: z.uuid() });

export const meetingRequestInputSchema = z
  .object({
    recipientId: z.uuid(),
    message: z.string().trim().max(MEETING_LIMITS.messageMax).default(''),
  })
  .strict();
export type MeetingRequestInput = z.input<typeof meetingRequestInputSchema>;

export const slotPickInputSchema = z.object({ slotId: z.uuid() }).strict();

/** Another person as a meeting shows them: name and organization, nothing to contact them by. */
export const meetingPersonSchema = z.object({
  personId: z.string(),
  name: z.string(),
  organization: z.string(),
});
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

/** Contact details: only for the two people of an accepted meeting. */
export const meetingContactSchema = z.object({ email: z.string(), phone: z.string() });

export const meetingPlaceSchema = z.object({
  slotId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  tableNumber: z.number().int(),
  tableLocation: z.string(),
});
export type MeetingPlace = z.infer<typeof meetingPlaceSchema>;

/** A meeting as one of its two people sees it. */
export const myMeetingSchema = z.object({
  id: z.string(),
  status: z.enum(MEETING_STATUSES),
  direction: z.enum(['outgoing', 'incoming']),
  other: meetingPersonSchema,
  message: z.string(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  contact: meetingContactSchema.nullable(),
  place: meetingPlaceSchema.nullable(),
  needsRescheduling: z.boolean(),
  canPickSlot: z.boolean(),
});
export type MyMeeting = z.infer<typeof myMeetingSchema>;

export const meetingEventSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  timeZone: z.string(),
});

export const myMeetingsSchema = z.object({
  event: meetingEventSchema,
  selfPickAllowed: z.boolean(),
  meetings: z.array(myMeetingSchema),
});
export type MyMeetings = z.infer<typeof myMeetingsSchema>;

/** What the request form needs: who, and whether a request is possible (and why not). */
export const meetingCandidateSchema = z.object({
  event: meetingEventSchema,
  person: meetingPersonSchema,
  existing: myMeetingSchema.nullable(),
  canRequest: z.boolean(),
});
export type MeetingCandidate = z.infer<typeof meetingCandidateSchema>;

export const availabilitySlotSchema = z.object({
  slotId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  blockTitle: z.string(),
  blockedByMe: z.boolean(),
  /** A starred programme session at that time, if any. */
  starredSession: z.string().nullable(),
  /** The island round the person has a published seat at then, if any. */
  islandRound: z.string().nullable(),
  hasMeeting: z.boolean(),
});
export const availabilitySchema = z.object({
  event: meetingEventSchema,
  slots: z.array(availabilitySlotSchema),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const slotOptionsSchema = z.object({
  slots: z.array(z.object({ slotId: z.string(), startsAt: z.string(), endsAt: z.string() })),
});
export type SlotOptions = z.infer<typeof slotOptionsSchema>;

export const meetingNoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  meetingId: z.string(),
  event: z.object({ slug: z.string(), title: z.string() }),
  other: meetingPersonSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type MeetingNotice = z.infer<typeof meetingNoticeSchema>;
export const meetingNoticesSchema = z.object({ notices: z.array(meetingNoticeSchema), unread: z.number() });
export type MeetingNotices = z.infer<typeof meetingNoticesSchema>;

// ---- Organizer ----

export const blockParamsSchema = z.object({ id: z.uuid(), sessionId: z.uuid() });

export const meetingSettingsInputSchema = z.object({ selfPickAllowed: z.boolean() }).strict();
export const blockInputSchema = z
  .object({
    slotMinutes: z.number().int().min(MEETING_LIMITS.slotMinutesMin).max(MEETING_LIMITS.slotMinutesMax),
  })
  .strict();
export const tablesInputSchema = z
  .object({
    fromNumber: z.number().int().min(1).max(MEETING_LIMITS.tableNumberMax),
    toNumber: z.number().int().min(1).max(MEETING_LIMITS.tableNumberMax),
    location: z.string().trim().max(MEETING_LIMITS.locationMax).default(''),
  })
  .strict();
export type TablesInput = z.input<typeof tablesInputSchema>;
export const tableInputSchema = z
  .object({
    number: z.number().int().min(1).max(MEETING_LIMITS.tableNumberMax),
    location: z.string().trim().max(MEETING_LIMITS.locationMax).default(''),
  })
  .strict();

export const meetingSlotSchema = z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string() });
export const meetingBlockSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  room: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  slotMinutes: z.number().int(),
  slots: z.array(meetingSlotSchema),
});
export type MeetingBlock = z.infer<typeof meetingBlockSchema>;
export const meetingTableSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  location: z.string(),
});
export type MeetingTable = z.infer<typeof meetingTableSchema>;
export const meetingSetupSchema = z.object({
  event: meetingEventSchema,
  selfPickAllowed: z.boolean(),
  blocks: z.array(meetingBlockSchema),
  tables: z.array(meetingTableSchema),
});
export type MeetingSetup = z.infer<typeof meetingSetupSchema>;

const pairSchema = z.object({ meetingId: z.string(), a: meetingPersonSchema, b: meetingPersonSchema });

export const unscheduledSchema = pairSchema.extend({ reason: z.enum(UNSCHEDULED_REASONS) });
export type Unscheduled = z.infer<typeof unscheduledSchema>;

export const runReportSchema = z.object({
  requested: z.number().int(),
  accepted: z.number().int(),
  kept: z.number().int(),
  newlyScheduled: z.number().int(),
  scheduled: z.number().int(),
  upperBound: z.number().int(),
  /** Null when the scheduler could not say (it never should). */
  idleGaps: z.number().int().nullable(),
  durationMs: z.number(),
  unscheduled: z.array(unscheduledSchema),
});
export type RunReport = z.infer<typeof runReportSchema>;

export const meetingRunSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'published', 'discarded']),
  phase: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Published placements changed since the run started: publishing it is refused, run again. */
  stale: z.boolean(),
  report: runReportSchema.nullable(),
});
export type MeetingRun = z.infer<typeof meetingRunSchema>;

export const meetingsOverviewSchema = z.object({
  event: meetingEventSchema,
  counts: z.object({
    requested: z.number().int(),
    pending: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    cancelled: z.number().int(),
    scheduled: z.number().int(),
  }),
  unscheduled: z.array(unscheduledSchema),
  needsRescheduling: z.array(pairSchema.extend({ formerStartsAt: z.string().nullable() })),
  latestRun: meetingRunSchema.nullable(),
});
export type MeetingsOverview = z.infer<typeof meetingsOverviewSchema>;

export const tablePlanSchema = z.object({
  event: meetingEventSchema,
  slots: z.array(
    meetingSlotSchema.extend({
      blockTitle: z.string(),
      rows: z.array(pairSchema.extend({ tableNumber: z.number().int(), tableLocation: z.string() })),
    }),
  ),
});
export type TablePlan = z.infer<typeof tablePlanSchema>;
