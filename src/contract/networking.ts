import { z } from 'zod';
import type { LocalizedText } from './locale.js';

/** One entry of an event's competence list: a stable key and labels in both languages. */
export interface CompetenceDefinition {
  key: string;
  label: LocalizedText;
}

/** The default competence list of the networking issue; keys are stable, the list editable per event. */
export const DEFAULT_COMPETENCES: readonly CompetenceDefinition[] = [
  { key: 'battery', label: { de: 'Batterietechnik', en: 'Battery technology' } },
  { key: 'lightweight', label: { de: 'Leichtbau', en: 'Lightweight construction' } },
  { key: 'charging', label: { de: 'Ladeinfrastruktur', en: 'Charging infrastructure' } },
  { key: 'hydrogen', label: { de: 'Wasserstoff', en: 'Hydrogen' } },
  {
    key: 'grids',
    label: { de: 'Stromnetze und Energiemanagement', en: 'Power grids and energy management' },
  },
  { key: 'co2-neutral', label: { de: 'CO2-neutrale Produktion', en: 'CO2-neutral production' } },
  { key: 'automation', label: { de: 'Automatisierung und Robotik', en: 'Automation and robotics' } },
  { key: 'software', label: { de: 'Software, Daten und KI', en: 'Software, data and AI' } },
  { key: 'logistics', label: { de: 'Logistik und Lieferkette', en: 'Logistics and supply chain' } },
  { key: 'mobility-services', label: { de: 'Mobilitätsdienstleistungen', en: 'Mobility services' } },
  {
    key: 'building',
    label: {
      de: 'Gebäudetechnik und Facility-Management',
      en: 'Building technology and facility management',
    },
  },
  {
    key: 'recycling',
    label: { de: 'Recycling und Kreislaufwirtschaft', en: 'Recycling and circular economy' },
  },
  { key: 'research', label: { de: 'Forschung und Erprobung', en: 'Research and testing' } },
  { key: 'funding', label: { de: 'Förderung und Unterstützung', en: 'Funding and support' } },
];

/** Languages a participant may list as spoken (ISO 639-1); the web app names them in de and en. */
export const SPOKEN_LANGUAGES = ['de', 'en', 'fr', 'pl', 'cs', 'es', 'it', 'uk', 'ru', 'zh'] as const;

/** Limits shared by the form and the API. */
export const NETWORKING_LIMITS = {
  organizationMax: 200,
  positionMax: 200,
  descriptionMax: 1_000,
  offerSeekMax: 2_000,
  tagsMax: 8,
  topicsMax: 10,
  topicMax: 80,
  languagesMax: 10,
  competencesMax: 40,
  competenceLabelMax: 80,
  queryMax: 200,
  pageSize: 30,
  recommendationsMax: 20,
} as const;

const L = NETWORKING_LIMITS;
const tagKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const tagListSchema = z.array(tagKeySchema).max(L.tagsMax);

/** A profile as the participant writes it; tags are keys of the event's competence list (checked by the server). */
export const profileInputSchema = z
  .object({
    organization: z.string().trim().min(1).max(L.organizationMax),
    sector: z.string().trim().min(1).max(40),
    position: z.string().trim().max(L.positionMax).default(''),
    description: z.string().trim().max(L.descriptionMax).default(''),
    offerText: z.string().trim().max(L.offerSeekMax).default(''),
    seekText: z.string().trim().max(L.offerSeekMax).default(''),
    offerTags: tagListSchema.default([]),
    seekTags: tagListSchema.default([]),
    topics: z.array(z.string().trim().min(1).max(L.topicMax)).max(L.topicsMax).default([]),
    languages: z.array(z.enum(SPOKEN_LANGUAGES)).max(L.languagesMax).default([]),
    /** The language the texts are written in (both stemmers are applied anyway). */
    textLanguage: z.enum(['de', 'en']).default('de'),
    /** Must be true when the person is not yet in the directory: joining it is a recorded consent. */
    directoryConsent: z.boolean().optional(),
  })
  .strict();
export type ProfileInput = z.input<typeof profileInputSchema>;
export type ProfileFields = z.output<typeof profileInputSchema>;

/** Why a person may be relevant: structured, so the web app words it in the reader's language. */
export const reasonSchema = z.object({
  theyOfferYouSeekTags: z.array(z.string()),
  youOfferTheySeekTags: z.array(z.string()),
  theyOfferYouSeekTerms: z.array(z.string()),
  youOfferTheySeekTerms: z.array(z.string()),
  otherSector: z.boolean(),
});
export type Reason = z.infer<typeof reasonSchema>;

/** A directory card: fields public to the event's participants only, never contact details. */
export const profileCardSchema = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  sector: z.string(),
  position: z.string(),
  description: z.string(),
  offerText: z.string(),
  seekText: z.string(),
  offerTags: z.array(z.string()),
  seekTags: z.array(z.string()),
  topics: z.array(z.string()),
  languages: z.array(z.string()),
  textLanguage: z.enum(['de', 'en']),
});
export type ProfileCard = z.infer<typeof profileCardSchema>;

/** A card with the reason it may matter to the viewer (null when nothing complements). */
export const directoryEntrySchema = z.object({
  card: profileCardSchema,
  reason: reasonSchema.nullable(),
  blocked: z.boolean(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const competenceSchema = z.object({
  key: tagKeySchema,
  label: z.object({
    de: z.string().trim().min(1).max(L.competenceLabelMax),
    en: z.string().trim().min(1).max(L.competenceLabelMax),
  }),
});
export const competenceListSchema = z.object({
  competences: z.array(competenceSchema).min(1).max(L.competencesMax),
});
export type CompetenceList = z.infer<typeof competenceListSchema>;

const labelledSchema = z.object({ key: z.string(), label: z.string() });

/** What the profile editor and the directory need to know about an event, in the request's language. */
export const networkingContextSchema = z.object({
  eventId: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Confirmed participant or organizer: may see the directory. */
  canView: z.boolean(),
  /** Has a confirmed registration: may have a profile. */
  canHaveProfile: z.boolean(),
  inDirectory: z.boolean(),
  /** The directory consent was given at registration: the profile form does not ask again. */
  directoryConsentGiven: z.boolean(),
  profile: profileCardSchema.nullable(),
  /** Organization, sector and position from the registration, to prefill a new profile. */
  prefill: z.object({ organization: z.string(), sector: z.string(), position: z.string() }).nullable(),
  competences: z.array(labelledSchema),
  sectors: z.array(labelledSchema),
  topics: z.array(z.string()),
});
export type NetworkingContext = z.infer<typeof networkingContextSchema>;

export const directoryQuerySchema = z.object({
  q: z.string().trim().max(L.queryMax).optional(),
  sector: z.string().max(40).optional(),
  tag: z.string().max(40).optional(),
  topic: z.string().max(L.topicMax).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

export const directoryPageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  entries: z.array(directoryEntrySchema),
});
export type DirectoryPage = z.infer<typeof directoryPageSchema>;

export const recommendationSchema = z.object({
  card: profileCardSchema,
  score: z.number(),
  reason: reasonSchema,
});
export const recommendationsSchema = z.object({
  hasProfile: z.boolean(),
  recommendations: z.array(recommendationSchema),
});
export type Recommendations = z.infer<typeof recommendationsSchema>;

export const recommendationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(L.recommendationsMax).default(10),
});

export const eventPersonParamsSchema = z.object({ slug: z.string().min(1).max(120), personId: z.uuid() });
export const personIdParamsSchema = z.object({ personId: z.uuid() });

export const blockedPersonSchema = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  blockedAt: z.string(),
});
export const blockListSchema = z.object({ blocked: z.array(blockedPersonSchema) });
export type BlockList = z.infer<typeof blockListSchema>;

const conceptIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);
const labelListSchema = z.array(z.string().trim().min(1).max(120)).max(200);

/**
 * One concept of the competence thesaurus, shaped like SKOS (as ESCO and EuroVoc use it): a stable id,
 * preferred and alternative labels in German and English, hidden labels (parts matched only inside a
 * German compound, such as "lade" in "Ladesäule"), broader, narrower and related concepts. `tag` ties
 * the concept to a key of the competence list, `generic` marks words too vague to carry a match
 * alone ("Beratung", "Lösungen"), `top` a domain root, and `composedOf` pairs of concepts that, named
 * together ("Fördermittel" + "Beratung"), mean this one.
 */
export const thesaurusConceptSchema = z
  .object({
    id: conceptIdSchema,
    prefLabel: z.object({ de: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }),
    altLabel: z.object({ de: labelListSchema.optional(), en: labelListSchema.optional() }).optional(),
    hiddenLabel: z.object({ de: labelListSchema.optional(), en: labelListSchema.optional() }).optional(),
    broader: z.array(conceptIdSchema).max(10).optional(),
    narrower: z.array(conceptIdSchema).max(200).optional(),
    related: z.array(conceptIdSchema).max(30).optional(),
    tag: z.string().max(40).optional(),
    generic: z.boolean().optional(),
    top: z.boolean().optional(),
    composedOf: z
      .array(z.tuple([conceptIdSchema, conceptIdSchema]))
      .max(10)
      .optional(),
  })
  .strict();
export type ThesaurusConcept = z.infer<typeof thesaurusConceptSchema>;

/** An event's own additional concepts (import and export of the organizer). */
export const thesaurusExtensionSchema = z.object({
  concepts: z.array(thesaurusConceptSchema).max(500),
});
export type ThesaurusExtension = z.infer<typeof thesaurusExtensionSchema>;
