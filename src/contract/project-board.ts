import { z } from 'zod';
import { reasonSchema } from './networking.js';

/** The stages an idea goes through, from a thought to a running project. */
export const IDEA_STAGES = ['idea', 'forming', 'applying', 'running'] as const;
export type IdeaStage = (typeof IDEA_STAGES)[number];

export const INTEREST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/** Limits shared by the form and the API. */
export const BOARD_LIMITS = {
  titleMax: 160,
  textMax: 3_000,
  fundingMax: 300,
  organizationMax: 200,
  rolesMin: 1,
  rolesMax: 8,
  competencesMax: 6,
  roleTextMax: 600,
  noteMax: 500,
  suggestionsMax: 5,
} as const;

const B = BOARD_LIMITS;
const keySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

/** A partner role the initiator seeks: a sector and competences of the event's lists, plus free text. */
export const roleInputSchema = z
  .object({
    /** Set when an existing role is kept on an edit (its interests stay). */
    id: z.uuid().optional(),
    sector: z.string().trim().min(1).max(40),
    competences: z.array(keySchema).max(B.competencesMax).default([]),
    description: z.string().trim().max(B.roleTextMax).default(''),
  })
  .strict();

/** An idea as its initiator writes it. */
export const ideaInputSchema = z
  .object({
    title: z.string().trim().min(1).max(B.titleMax),
    problem: z.string().trim().min(1).max(B.textMax),
    contribution: z.string().trim().max(B.textMax).default(''),
    funding: z.string().trim().max(B.fundingMax).default(''),
    stage: z.enum(IDEA_STAGES).default('idea'),
    organization: z.string().trim().min(1).max(B.organizationMax),
    language: z.enum(['de', 'en']).default('de'),
    roles: z.array(roleInputSchema).min(B.rolesMin).max(B.rolesMax),
  })
  .strict();
export type IdeaInput = z.input<typeof ideaInputSchema>;
export type IdeaFields = z.output<typeof ideaInputSchema>;

export const interestInputSchema = z.object({ note: z.string().trim().max(B.noteMax).default('') }).strict();
export type InterestInput = z.input<typeof interestInputSchema>;

export const nudgeInputSchema = z.object({ personId: z.uuid() }).strict();

const personSchema = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  sector: z.string(),
});

/** Contact details: shown only to the members of the idea's consortium. */
export const contactSchema = z.object({ email: z.string(), phone: z.string() });

export const consortiumMemberSchema = personSchema.extend({
  /** The role the partner fills; null for the initiator. */
  roleId: z.string().nullable(),
  contact: contactSchema.nullable(),
});

export const interestSchema = personSchema.extend({
  id: z.string(),
  roleId: z.string(),
  note: z.string(),
  status: z.enum(INTEREST_STATUSES),
  createdAt: z.string(),
});
export type Interest = z.infer<typeof interestSchema>;

export const roleSchema = z.object({
  id: z.string(),
  sector: z.string(),
  competences: z.array(z.string()),
  description: z.string(),
  /** How many partners were accepted for this role (a role can be filled more than once). */
  filled: z.number().int(),
});
export type IdeaRole = z.infer<typeof roleSchema>;

export const ideaSummarySchema = z.object({
  id: z.string(),
  eventId: z.string(),
  title: z.string(),
  problem: z.string(),
  stage: z.enum(IDEA_STAGES),
  organization: z.string(),
  language: z.enum(['de', 'en']),
  funding: z.string(),
  initiator: personSchema,
  roles: z.array(roleSchema),
  /** Distinct sectors in the consortium, the initiator's included. */
  consortiumSectors: z.array(z.string()),
  consortiumSize: z.number().int(),
  createdAt: z.string(),
});
export type IdeaSummary = z.infer<typeof ideaSummarySchema>;

export const ideaDetailSchema = ideaSummarySchema.extend({
  contribution: z.string(),
  /** The initiator and the accepted partners; contact details only when the viewer is one of them. */
  consortium: z.array(consortiumMemberSchema),
  isInitiator: z.boolean(),
  isMember: z.boolean(),
  /** The viewer's own interests in this idea's roles. */
  myInterests: z.array(interestSchema),
  /** Every interest, for the initiator only (empty for anyone else). */
  interests: z.array(interestSchema),
  canEdit: z.boolean(),
});
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;

const labelledSchema = z.object({ key: z.string(), label: z.string() });

export const ideaBoardSchema = z.object({
  eventId: z.string(),
  slug: z.string(),
  title: z.string(),
  /** A confirmed participant in the directory may post ideas and express interest. */
  canPost: z.boolean(),
  /** Organization from the viewer's registration, to prefill a new idea. */
  organization: z.string(),
  ideas: z.array(ideaSummarySchema),
  competences: z.array(labelledSchema),
  sectors: z.array(labelledSchema),
});
export type IdeaBoard = z.infer<typeof ideaBoardSchema>;

/** A person who may fit an open role, with the reason in words (from "People to meet"'s matching). */
export const roleSuggestionSchema = z.object({
  roleId: z.string(),
  candidates: z.array(personSchema.extend({ score: z.number(), reason: reasonSchema })),
});
export const roleSuggestionsSchema = z.object({ roles: z.array(roleSuggestionSchema) });
export type RoleSuggestions = z.infer<typeof roleSuggestionsSchema>;

/** An idea whose open role fits the viewer's offers. */
export const ideaSuggestionSchema = z.object({
  idea: ideaSummarySchema,
  roleId: z.string(),
  score: z.number(),
  reason: reasonSchema,
});
export const ideaSuggestionsSchema = z.object({
  hasProfile: z.boolean(),
  suggestions: z.array(ideaSuggestionSchema),
});
export type IdeaSuggestions = z.infer<typeof ideaSuggestionsSchema>;

/** The organizer's view: ideas with their unfilled roles and the best candidates to nudge. */
export const adminIdeaSchema = ideaSummarySchema.extend({
  openRoles: z.array(roleSuggestionSchema),
});
export const adminIdeasSchema = z.object({ ideas: z.array(adminIdeaSchema) });
export type AdminIdeas = z.infer<typeof adminIdeasSchema>;

export const ideaParamsSchema = z.object({ id: z.uuid() });
