import { z } from 'zod';
import { dateTimeInputSchema } from './events.js';

/** Limits shared by the forms and the API. */
export const ISLAND_LIMITS = {
  islandsMax: 60,
  themeMax: 120,
  descriptionMax: 2_000,
  questionsMax: 10,
  questionMax: 300,
  placeMax: 120,
  tableMax: 60,
  capacityMax: 500,
  hostsMax: 5,
  nameMax: 120,
  organizationMax: 200,
  sharePercentMin: 10,
  sharePercentMax: 100,
} as const;

/** Where an event's assignment stands: nothing yet, a draft, locked against re-runs, or published. */
export const ASSIGNMENT_STATUSES = ['none', 'draft', 'locked', 'published'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const trimmed = (max: number) => z.string().trim().max(max);

/** An island as the organizer writes it. */
export const islandInputSchema = z
  .object({
    theme: z.string().trim().min(1).max(ISLAND_LIMITS.themeMax),
    description: trimmed(ISLAND_LIMITS.descriptionMax).default(''),
    guidingQuestions: z
      .array(z.string().trim().min(1).max(ISLAND_LIMITS.questionMax))
      .max(ISLAND_LIMITS.questionsMax)
      .default([]),
    place: trimmed(ISLAND_LIMITS.placeMax).default(''),
    tableLabel: trimmed(ISLAND_LIMITS.tableMax).default(''),
    capacity: z.number().int().min(1).max(ISLAND_LIMITS.capacityMax),
  })
  .strict();
export type IslandInput = z.input<typeof islandInputSchema>;
export type IslandFields = z.output<typeof islandInputSchema>;

/** A host: a person of the event (personId) or someone given by name and e-mail address. */
export const hostInputSchema = z
  .object({
    personId: z.uuid().optional(),
    name: trimmed(ISLAND_LIMITS.nameMax).optional(),
    email: z.email().max(254).optional(),
    organization: trimmed(ISLAND_LIMITS.organizationMax).default(''),
  })
  .strict();
export type HostInput = z.input<typeof hostInputSchema>;

export const islandSettingsInputSchema = z
  .object({
    rankingDeadline: dateTimeInputSchema.nullable(),
    maxSectorSharePercent: z
      .number()
      .int()
      .min(ISLAND_LIMITS.sharePercentMin)
      .max(ISLAND_LIMITS.sharePercentMax),
  })
  .strict();
export type IslandSettingsInput = z.input<typeof islandSettingsInputSchema>;

/** Island ids in order of preference (best first), and the islands the person does not want. */
export const preferencesInputSchema = z
  .object({
    ranking: z.array(z.uuid()).max(ISLAND_LIMITS.islandsMax),
    excluded: z.array(z.uuid()).max(ISLAND_LIMITS.islandsMax).default([]),
  })
  .strict();
export type PreferencesInput = z.input<typeof preferencesInputSchema>;

/** Moves a person in a round to another island (islandId null: takes the seat away). */
export const moveInputSchema = z
  .object({ personId: z.uuid(), roundId: z.uuid(), islandId: z.uuid().nullable() })
  .strict();
export type MoveInput = z.input<typeof moveInputSchema>;

/** Publishing; `notifyParticipants` mails everyone their seats (opt-in: organizers often announce it themselves). */
export const publishInputSchema = z.object({ notifyParticipants: z.boolean().default(false) }).strict();
export type PublishInput = z.input<typeof publishInputSchema>;

export const waitlistInputSchema = z
  .object({ roundId: z.uuid(), islandId: z.uuid(), join: z.boolean() })
  .strict();
export type WaitlistInput = z.input<typeof waitlistInputSchema>;

export const hostPublicSchema = z.object({ name: z.string(), organization: z.string() });

/** An island as participants and visitors see it. */
export const islandPublicSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  theme: z.string(),
  description: z.string(),
  guidingQuestions: z.array(z.string()),
  place: z.string(),
  tableLabel: z.string(),
  capacity: z.number().int(),
  hosts: z.array(hostPublicSchema),
});
export type IslandPublic = z.infer<typeof islandPublicSchema>;

export const hostAdminSchema = hostPublicSchema.extend({
  id: z.string(),
  personId: z.string().nullable(),
  email: z.string(),
  hasLink: z.boolean(),
});
export type HostAdmin = z.infer<typeof hostAdminSchema>;

export const islandAdminSchema = islandPublicSchema.extend({ hosts: z.array(hostAdminSchema) });
export type IslandAdmin = z.infer<typeof islandAdminSchema>;

/** A round: a programme session of type 'island-round', numbered by start. */
export const islandRoundSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string(),
});
export type IslandRound = z.infer<typeof islandRoundSchema>;

export const islandSettingsSchema = z.object({
  rankingDeadline: z.string().nullable(),
  /** The deadline as wall-clock time in the event's zone, for the form. */
  rankingDeadlineLocal: z.string().nullable(),
  maxSectorSharePercent: z.number().int(),
  status: z.enum(ASSIGNMENT_STATUSES),
  sectorCapInfeasible: z.boolean(),
  assignedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type IslandSettings = z.infer<typeof islandSettingsSchema>;

/** The organizer's overview of an event's islands. */
export const islandsOverviewSchema = z.object({
  eventId: z.string(),
  timeZone: z.string(),
  settings: islandSettingsSchema,
  islands: z.array(islandAdminSchema),
  rounds: z.array(islandRoundSchema),
});
export type IslandsOverview = z.infer<typeof islandsOverviewSchema>;

export const placementSchema = z.object({
  personId: z.string(),
  roundId: z.string(),
  islandId: z.string(),
  choiceRank: z.number().int().nullable(),
  source: z.enum(['auto', 'manual', 'late', 'waitlist']),
});
export type PlacementView = z.infer<typeof placementSchema>;

export const waitlistEntrySchema = z.object({
  personId: z.string(),
  roundId: z.string(),
  islandId: z.string(),
  position: z.number().int(),
});

export const sectorMixSchema = z.object({
  roundId: z.string(),
  islandId: z.string(),
  seated: z.number().int(),
  capacity: z.number().int(),
  bySector: z.record(z.string(), z.number().int()),
});
export type SectorMix = z.infer<typeof sectorMixSchema>;

/** How good the current assignment is (computed from the stored placements, so hand moves count). */
export const qualityReportSchema = z.object({
  participants: z.number().int(),
  placements: z.number().int(),
  byChoiceRank: z.record(z.string(), z.number().int()),
  firstChoiceShare: z.number(),
  secondChoiceShare: z.number(),
  thirdChoiceShare: z.number(),
  sectorMix: z.array(sectorMixSchema),
  sectorCapViolations: z.array(
    z.object({
      roundId: z.string(),
      islandId: z.string(),
      sector: z.string(),
      seated: z.number().int(),
      count: z.number().int(),
      allowed: z.number().int(),
    }),
  ),
  unplaced: z.array(z.object({ personId: z.string(), roundId: z.string() })),
});
export type QualityReport = z.infer<typeof qualityReportSchema>;

export const islandParticipantSchema = z.object({
  personId: z.string(),
  name: z.string(),
  organization: z.string(),
  sector: z.string(),
  ranking: z.array(z.string()),
  excluded: z.array(z.string()),
});
export type IslandParticipantView = z.infer<typeof islandParticipantSchema>;

/** The organizer's view of the assignment: who sits where, the waitlist and the quality report. */
export const assignmentViewSchema = z.object({
  settings: islandSettingsSchema,
  rounds: z.array(islandRoundSchema),
  islands: z.array(z.object({ id: z.string(), theme: z.string(), capacity: z.number().int() })),
  sectors: z.array(z.object({ key: z.string(), label: z.string() })),
  participants: z.array(islandParticipantSchema),
  placements: z.array(placementSchema),
  waitlist: z.array(waitlistEntrySchema),
  report: qualityReportSchema,
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const seatCountSchema = z.object({
  roundId: z.string(),
  islandId: z.string(),
  taken: z.number().int(),
  capacity: z.number().int(),
});

/** A participant's own view: the islands, their ranking, and their placement once published. */
export const myIslandsSchema = z.object({
  event: z.object({ slug: z.string(), title: z.string(), timeZone: z.string() }),
  status: z.enum(ASSIGNMENT_STATUSES),
  rankingDeadline: z.string().nullable(),
  canEdit: z.boolean(),
  islands: z.array(islandPublicSchema),
  rounds: z.array(islandRoundSchema),
  preferences: z.object({ ranking: z.array(z.string()), excluded: z.array(z.string()) }).nullable(),
  /** Only the person's own placements, and only once published. */
  placements: z.array(placementSchema.omit({ personId: true, source: true })),
  waitlist: z.array(waitlistEntrySchema.omit({ personId: true })),
  /** Seats per island and round, once published (to offer the waitlist of a full island). */
  seats: z.array(seatCountSchema),
});
export type MyIslands = z.infer<typeof myIslandsSchema>;

/** The public island information of an event (no names of participants). */
export const publicIslandsSchema = z.object({
  islands: z.array(islandPublicSchema),
  rounds: z.array(islandRoundSchema),
  published: z.boolean(),
});
export type PublicIslands = z.infer<typeof publicIslandsSchema>;

/** The hall screen: island, place and counts per round; never names. */
export const hallPlanSchema = z.object({
  event: z.object({ slug: z.string(), title: z.string(), timeZone: z.string() }),
  rounds: z.array(
    islandRoundSchema.extend({
      islands: z.array(
        z.object({
          id: z.string(),
          theme: z.string(),
          place: z.string(),
          tableLabel: z.string(),
          seated: z.number().int(),
          capacity: z.number().int(),
        }),
      ),
    }),
  ),
});
export type HallPlan = z.infer<typeof hallPlanSchema>;

/** A host's printable list: who sits at the island, round by round. */
export const hostListSchema = z.object({
  event: z.object({ title: z.string(), timeZone: z.string() }),
  island: islandPublicSchema.omit({ capacity: true }),
  published: z.boolean(),
  rounds: z.array(
    islandRoundSchema.extend({
      people: z.array(z.object({ name: z.string(), organization: z.string(), sector: z.string() })),
    }),
  ),
});
export type HostList = z.infer<typeof hostListSchema>;

export const hostCandidateSchema = z.object({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  organization: z.string(),
});
export type HostCandidate = z.infer<typeof hostCandidateSchema>;

export const hostLinkSchema = z.object({ url: z.string() });
export const hostTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });
