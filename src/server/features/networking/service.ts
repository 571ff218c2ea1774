import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import {
  DEFAULT_COMPETENCES,
  type CompetenceDefinition,
  type CompetenceList,
  type DirectoryPage,
  type DirectoryQuery,
  type NetworkingContext,
  type ProfileCard,
  type ProfileFields,
  type Recommendations,
  type ThesaurusConcept,
  type ThesaurusExtension,
  NETWORKING_LIMITS,
} from '../../../contract/networking.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow, EventService } from '../events/index.js';
import type { ConsentRecorder } from '../privacy/index.js';
import { createBlockService } from './blocks.js';
import { createEventIndexes } from './event-index.js';
import { toMatchingProfile, toProfileCard } from './mapping.js';
import { createNeedMatcher, type NeedMatcher } from './need-matching.js';
import { assertCanViewDirectory, assertOrganizer, personOf, viewerOf, type Viewer } from './policy.js';
import { createProfileWriter } from './profile-writer.js';
import { networkingRepository as repo } from './repository.js';
import { checkExtension, loadBaseConcepts } from './thesaurus.js';

export interface NetworkingDeps {
  db: Kysely<Database>;
  clock: Clock;
  consents: ConsentRecorder;
  events: Pick<EventService, 'findEventRowBySlug' | 'findEventRowById'>;
}

function parseJson<T>(json: string | null | undefined, fallback: T): T {
  if (!json) {
    return fallback;
  }
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** Profiles, the directory with search, recommendations and the block list of the networking feature. */
export function createNetworkingService(deps: NetworkingDeps) {
  const { db } = deps;
  const indexes = createEventIndexes({ db });
  const blocks = createBlockService(deps);

  async function competencesOf(eventId: string): Promise<CompetenceDefinition[]> {
    const settings = await repo.findSettings(db, eventId);
    return parseJson<CompetenceDefinition[]>(settings?.competences, [...DEFAULT_COMPETENCES]);
  }

  async function eventBySlug(slug: string): Promise<EventRow> {
    const event = await deps.events.findEventRowBySlug(slug);
    if (!event || event.status === 'draft') {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The event, the viewer and their visibility checked: confirmed participants and organizers only. */
  async function openDirectory(actor: Actor, slug: string) {
    const viewer = viewerOf(actor);
    const event = await eventBySlug(slug);
    const registration = viewer.personId
      ? await repo.findConfirmedRegistration(db, event.id, viewer.personId)
      : undefined;
    assertCanViewDirectory(viewer, registration !== undefined);
    return { viewer, event, registration };
  }

  async function conceptsOf(eventId: string): Promise<ThesaurusConcept[]> {
    const settings = await repo.findSettings(db, eventId);
    return parseJson<ThesaurusConcept[]>(settings?.thesaurus, []);
  }

  async function loadIndex(eventId: string) {
    return indexes.load(eventId, await competencesOf(eventId), await conceptsOf(eventId));
  }

  /** Cards of these people in this order, each one re-checked against the visibility rule. */
  async function cardsInOrder(eventId: string, personIds: string[]): Promise<Map<string, ProfileCard>> {
    const rows = await repo.listVisibleProfilesByIds(db, eventId, personIds);
    return new Map(rows.map((row) => [row.personId, toProfileCard(row)]));
  }

  const writer = createProfileWriter({ ...deps, indexes, competencesOf });

  return {
    /** A visible profile's card (public-to-participants fields only), or null when not in the directory. */
    async getProfileCard(eventId: string, personId: string): Promise<ProfileCard | null> {
      const row = await repo.findVisibleProfile(db, eventId, personId);
      return row ? toProfileCard(row) : null;
    },

    /** Whether the person is listed in the event's directory (confirmed, consented, with a profile). */
    async isInDirectory(eventId: string, personId: string): Promise<boolean> {
      return (await repo.findVisibleProfile(db, eventId, personId)) !== undefined;
    },

    /** The event's directory compiled for matching needs such as a project idea's roles (need-matching.ts). */
    async loadNeedMatcher(eventId: string): Promise<NeedMatcher> {
      const rows = await repo.listVisibleProfiles(db, eventId);
      return createNeedMatcher({
        profiles: rows.map(toMatchingProfile),
        competences: await competencesOf(eventId),
        concepts: await conceptsOf(eventId),
      });
    },

    /** The competence list of an event (the default one until edited), for other features' forms. */
    listCompetences: (eventId: string): Promise<CompetenceDefinition[]> => competencesOf(eventId),

    isBlocked: blocks.isBlocked,
    listBlocked: blocks.listBlocked,
    listMyBlocks: blocks.listMyBlocks,
    blockPerson: blocks.blockPerson,
    unblockPerson: blocks.unblockPerson,

    /** What the profile editor and the directory need: rights, own profile, lists in the locale. */
    async getContext(actor: Actor, slug: string, locale: Locale): Promise<NetworkingContext> {
      const viewer = viewerOf(actor);
      const event = await eventBySlug(slug);
      const registration = viewer.personId
        ? await repo.findConfirmedRegistration(db, event.id, viewer.personId)
        : undefined;
      const own = viewer.personId ? await repo.findVisibleProfile(db, event.id, viewer.personId) : undefined;
      const sectors = parseJson<SectorDefinition[]>(event.sectors, []);
      return {
        eventId: event.id,
        slug: event.slug,
        title: event.title,
        canView: viewer.kind === 'organizer' || registration !== undefined,
        canHaveProfile: registration !== undefined,
        inDirectory: own !== undefined,
        directoryConsentGiven: registration?.consentDirectory === 1,
        profile: own ? toProfileCard(own) : null,
        prefill: registration
          ? {
              organization: registration.organization,
              sector: registration.sector,
              position: registration.position,
            }
          : null,
        competences: (await competencesOf(event.id)).map((c) => ({ key: c.key, label: c.label[locale] })),
        sectors: sectors.map((s) => ({ key: s.key, label: s.label[locale] })),
        topics: parseJson<string[]>(event.topics, []),
      };
    },

    /** Creates or replaces the caller's profile; joining the directory needs `directoryConsent: true`. */
    async saveMyProfile(actor: Actor, slug: string, input: ProfileFields, ip: string): Promise<ProfileCard> {
      const personId = personOf(actor);
      const event = await eventBySlug(slug);
      return writer.save(event, personId, input, ip);
    },

    /** Leaves the directory: the profile is deleted and the consent withdrawal recorded. */
    async leaveDirectory(actor: Actor, slug: string, ip: string): Promise<void> {
      const personId = personOf(actor);
      const event = await eventBySlug(slug);
      await writer.leave(event, personId, ip);
    },

    /** One page of the directory: search in German and English word forms, filters, reasons for the viewer. */
    async listDirectory(actor: Actor, slug: string, query: DirectoryQuery): Promise<DirectoryPage> {
      const { viewer, event } = await openDirectory(actor, slug);
      const index = await loadIndex(event.id);
      const blockedEither = viewer.personId
        ? await repo.listBlockedEitherWay(db, viewer.personId)
        : new Set<string>();
      const ownBlocks = viewer.personId ? await repo.listBlockedBy(db, viewer.personId) : new Set<string>();
      // Someone who blocked the viewer is not shown to them; people the viewer blocked are, marked.
      const hidden = new Set([...blockedEither].filter((id) => !ownBlocks.has(id)));
      const ids = index.find(query).filter((id) => !hidden.has(id));
      const offset = query.offset;
      const pageIds = ids.slice(offset, offset + NETWORKING_LIMITS.pageSize);
      const cards = await cardsInOrder(event.id, pageIds);
      const entries = pageIds.flatMap((id) => {
        const card = cards.get(id);
        if (!card) {
          return [];
        }
        const reason = viewer.personId && id !== viewer.personId ? index.explain(viewer.personId, id) : null;
        return [{ card, reason, blocked: ownBlocks.has(id) }];
      });
      return { total: ids.length, offset, entries };
    },

    /** A single card of the directory with the reason it may matter to the viewer. */
    async getDirectoryEntry(actor: Actor, slug: string, personId: string) {
      const { viewer, event } = await openDirectory(actor, slug);
      const row = await repo.findVisibleProfile(db, event.id, personId);
      const blockedBy = viewer.personId ? await repo.listBlockedBy(db, personId) : new Set<string>();
      if (!row || (viewer.personId && blockedBy.has(viewer.personId))) {
        throw new AppError('not_found');
      }
      const index = await loadIndex(event.id);
      const ownBlocks = viewer.personId ? await repo.listBlockedBy(db, viewer.personId) : new Set<string>();
      return {
        card: toProfileCard(row),
        reason:
          viewer.personId && personId !== viewer.personId ? index.explain(viewer.personId, personId) : null,
        blocked: ownBlocks.has(personId),
      };
    },

    /** "Wen Sie treffen sollten / People to meet": reciprocal matches for the caller, best first. */
    async recommendFor(actor: Actor, slug: string, limit: number): Promise<Recommendations> {
      const { viewer, event } = await openDirectory(actor, slug);
      const personId = personOf(actor);
      const index = await loadIndex(event.id);
      if (!index.has(personId)) {
        return { hasProfile: false, recommendations: [] };
      }
      const blocked = await repo.listBlockedEitherWay(db, viewer.personId ?? personId);
      const top = index.recommender.topFor(personId, limit, blocked);
      const cards = await cardsInOrder(
        event.id,
        top.map((r) => r.personId),
      );
      return {
        hasProfile: true,
        recommendations: top.flatMap((r) => {
          const card = cards.get(r.personId);
          return card ? [{ card, score: Math.round(r.score * 1000) / 1000, reason: r.reason }] : [];
        }),
      };
    },

    /** The organizer's competence list of an event (the default one until edited). */
    async getCompetences(actor: Actor, eventId: string): Promise<CompetenceList> {
      assertOrganizer(actor);
      if (!(await deps.events.findEventRowById(eventId))) {
        throw new AppError('not_found');
      }
      return { competences: await competencesOf(eventId) };
    },

    /** Replaces an event's competence list; tags no longer listed stay on profiles but are not shown. */
    async setCompetences(actor: Actor, eventId: string, list: CompetenceList): Promise<CompetenceList> {
      assertOrganizer(actor);
      return writer.setCompetences(eventId, list);
    },

    /** The event's own thesaurus concepts (export; the shipped ones are in `getBaseThesaurus`). */
    async getThesaurus(actor: Actor, eventId: string): Promise<ThesaurusExtension> {
      assertOrganizer(actor);
      if (!(await deps.events.findEventRowById(eventId))) {
        throw new AppError('not_found');
      }
      return { concepts: await conceptsOf(eventId) };
    },

    /** The thesaurus shipped with CrossDialog, to read or to start an event's own concepts from. */
    getBaseThesaurus(actor: Actor): ThesaurusExtension {
      assertOrganizer(actor);
      return { concepts: [...loadBaseConcepts()] };
    },

    /** Replaces the event's own thesaurus concepts (import); relations must name known concepts. */
    async setThesaurus(
      actor: Actor,
      eventId: string,
      input: ThesaurusExtension,
    ): Promise<ThesaurusExtension> {
      assertOrganizer(actor);
      if (!(await deps.events.findEventRowById(eventId))) {
        throw new AppError('not_found');
      }
      const problems = checkExtension(input.concepts);
      if (problems.length > 0) {
        throw new AppError('validation_failed', problems);
      }
      const json = input.concepts.length > 0 ? JSON.stringify(input.concepts) : null;
      await repo.setThesaurus(db, eventId, json, deps.clock.now().toISOString());
      indexes.invalidate(eventId);
      return { concepts: input.concepts };
    },

    /** The person's profiles for the data export. */
    exportPerson: (personId: string) => writer.exportPerson(personId),
    /** Removes the person's profiles and blocks (inside the erasure transaction). */
    erasePerson: writer.erasePerson,
  };
}
export type NetworkingService = ReturnType<typeof createNetworkingService>;
export type { Viewer };
