import type { Kysely } from 'kysely';
import type { CompetenceDefinition, ThesaurusConcept } from '../../../contract/networking.js';
import type { Database } from '../../db/schema.js';
import { toMatchingProfile } from './mapping.js';
import {
  createRecommendationIndex,
  type RecommendationIndex,
  type RecommendationReason,
} from './recommender.js';
import { networkingRepository as repo, type VisibleProfileRow } from './repository.js';
import { queryForms, searchTermsOf, words } from './text.js';
import { thesaurusWith } from './thesaurus.js';

export interface DirectoryFilter {
  q?: string;
  sector?: string;
  tag?: string;
  topic?: string;
}

/** One event's in-process index: recommendations and the directory's search documents. */
export interface EventIndex {
  recommender: RecommendationIndex;
  has(personId: string): boolean;
  /** The ids matching the filter, best match first, then by name. */
  find(filter: DirectoryFilter): string[];
  explain(viewerId: string, candidateId: string): RecommendationReason | null;
}

export interface EventIndexes {
  /** The event's index, built lazily and brought up to date with the database (version and visibility). */
  load(
    eventId: string,
    competences: CompetenceDefinition[],
    concepts?: ThesaurusConcept[],
  ): Promise<EventIndex>;
  /** After this instance wrote one profile: update it alone, or drop the index if others wrote meanwhile. */
  afterWrite(eventId: string, personId: string, version: number): Promise<void>;
  /** Forget the event's index; the next request rebuilds it. */
  invalidate(eventId: string): void;
}

interface SearchDoc {
  terms: Set<string>;
  sector: string;
  tags: Set<string>;
  topics: Set<string>;
  sortKey: string;
}

interface Entry {
  version: number;
  competences: CompetenceDefinition[];
  recommender: RecommendationIndex;
  docs: Map<string, SearchDoc>;
}

function searchDoc(row: VisibleProfileRow, competences: CompetenceDefinition[]): SearchDoc {
  const card = toMatchingProfile(row);
  const tags = new Set([...card.offerTags, ...card.seekTags]);
  const labels = competences.filter((c) => tags.has(c.key)).flatMap((c) => [c.label.de, c.label.en]);
  const text = [
    row.firstName,
    row.lastName,
    row.organization,
    row.position,
    row.description,
    row.offerText,
    row.seekText,
    ...card.topics,
    ...labels,
  ].join(' \n ');
  return {
    terms: searchTermsOf(text),
    sector: row.sector,
    tags,
    topics: new Set(card.topics),
    sortKey: `${row.lastName} ${row.firstName} ${row.personId}`.toLowerCase(),
  };
}

/** How well a document matches one query word: 3 same stem, 2 a word starting so, 1 inside a compound. */
function matchWord(doc: SearchDoc, forms: string[]): number {
  let best = 0;
  for (const form of forms) {
    if (doc.terms.has(form)) {
      return 3;
    }
    for (const term of doc.terms) {
      if (form.length >= 3 && term.startsWith(form)) {
        best = Math.max(best, 2);
      } else if (form.length >= 4 && best < 1 && term.includes(form)) {
        best = 1;
      }
    }
  }
  return best;
}

function view(entry: Entry): EventIndex {
  return {
    recommender: entry.recommender,
    has: (personId) => entry.docs.has(personId),
    explain: (viewerId, candidateId) => entry.recommender.explain(viewerId, candidateId),
    find(filter) {
      const queryWords = filter.q ? words(filter.q).map((w) => queryForms(w.word)) : [];
      const hits: { id: string; score: number; sortKey: string }[] = [];
      for (const [id, doc] of entry.docs) {
        if (
          (filter.sector && doc.sector !== filter.sector) ||
          (filter.tag && !doc.tags.has(filter.tag)) ||
          (filter.topic && !doc.topics.has(filter.topic))
        ) {
          continue;
        }
        let score = 0;
        for (const forms of queryWords) {
          const s = matchWord(doc, forms);
          if (s === 0) {
            score = -1;
            break;
          }
          score += s;
        }
        if (score >= 0) {
          hits.push({ id, score, sortKey: doc.sortKey });
        }
      }
      hits.sort((a, b) => b.score - a.score || a.sortKey.localeCompare(b.sortKey));
      return hits.map((h) => h.id);
    },
  };
}

/**
 * The in-process indexes, one per event. Several app instances each keep their own: every profile
 * write raises the event's `profiles_version` in the database, and an instance whose index carries
 * another version rebuilds it on its next request. Consents withdrawn elsewhere (the registration's
 * "My registration" page) raise no version, so each load also reconciles the index with the set of
 * visible people, and every card leaves the server through the visibility query again.
 */
export function createEventIndexes({ db }: { db: Kysely<Database> }): EventIndexes {
  const entries = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry>>();

  function put(entry: Entry, row: VisibleProfileRow) {
    entry.recommender.upsert(toMatchingProfile(row));
    entry.docs.set(row.personId, searchDoc(row, entry.competences));
  }

  function drop(entry: Entry, personId: string) {
    entry.recommender.remove(personId);
    entry.docs.delete(personId);
  }

  async function build(
    eventId: string,
    version: number,
    competences: CompetenceDefinition[],
    concepts: ThesaurusConcept[],
  ) {
    const recommender = createRecommendationIndex({ competences, thesaurus: thesaurusWith(concepts) });
    const entry: Entry = { version, competences, recommender, docs: new Map() };
    for (const row of await repo.listVisibleProfiles(db, eventId)) {
      put(entry, row);
    }
    entries.set(eventId, entry);
    return entry;
  }

  async function reconcile(eventId: string, entry: Entry): Promise<void> {
    const visible = await repo.listVisibleIds(db, eventId);
    for (const id of [...entry.docs.keys()].filter((id) => !visible.has(id))) {
      drop(entry, id);
    }
    const missing = [...visible].filter((id) => !entry.docs.has(id));
    for (const row of await repo.listVisibleProfilesByIds(db, eventId, missing)) {
      put(entry, row);
    }
  }

  return {
    async load(eventId, competences, concepts = []) {
      const version = (await repo.findSettings(db, eventId))?.profilesVersion ?? 0;
      let entry = entries.get(eventId);
      if (!entry || entry.version !== version) {
        let pending = building.get(eventId);
        if (!pending) {
          pending = build(eventId, version, competences, concepts).finally(() => building.delete(eventId));
          building.set(eventId, pending);
        }
        entry = await pending;
      } else {
        await reconcile(eventId, entry);
      }
      return view(entry);
    },

    async afterWrite(eventId, personId, version) {
      const entry = entries.get(eventId);
      if (!entry) {
        return;
      }
      if (entry.version !== version - 1) {
        entries.delete(eventId);
        return;
      }
      const row = await repo.findVisibleProfile(db, eventId, personId);
      if (row) {
        put(entry, row);
      } else {
        drop(entry, personId);
      }
      entry.version = version;
    },

    invalidate(eventId) {
      entries.delete(eventId);
    },
  };
}
