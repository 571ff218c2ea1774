import type { Kysely, Transaction } from 'kysely';
import type {
  CompetenceDefinition,
  CompetenceList,
  ProfileCard,
  ProfileFields,
} from '../../../contract/networking.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError, type FieldProblem } from '../../errors.js';
import type { EventRow, EventService } from '../events/index.js';
import type { ConsentRecorder } from '../privacy/index.js';
import { registrationRepository } from '../registration/index.js';
import type { EventIndexes } from './event-index.js';
import { organizationKey, toProfileCard } from './mapping.js';
import { networkingRepository as repo } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  consents: ConsentRecorder;
  events: Pick<EventService, 'findEventRowById'>;
  indexes: EventIndexes;
  competencesOf(eventId: string): Promise<CompetenceDefinition[]>;
}

const CONSENT_TEXT = 'networking/directory';

function listOf(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as string[]) : [];
}

/** Checks a profile against the event's sectors, competences and topics; one problem per field. */
function checkChoices(event: EventRow, competences: CompetenceDefinition[], input: ProfileFields): void {
  const problems: FieldProblem[] = [];
  const sectors = (JSON.parse(event.sectors) as SectorDefinition[]).map((s) => s.key);
  if (!sectors.includes(input.sector)) {
    problems.push({ field: 'sector', key: 'field.sector_unknown' });
  }
  const keys = new Set(competences.map((c) => c.key));
  for (const field of ['offerTags', 'seekTags'] as const) {
    input[field].forEach((tag, i) => {
      if (!keys.has(tag)) {
        problems.push({ field: `${field}.${i}`, key: 'field.tag_unknown' });
      }
    });
  }
  const topics = new Set(listOf(event.topics));
  input.topics.forEach((topic, i) => {
    if (!topics.has(topic)) {
      problems.push({ field: `topics.${i}`, key: 'field.topic_unknown' });
    }
  });
  if (problems.length > 0) {
    throw new AppError('validation_failed', problems);
  }
}

/** The writes of the networking feature: profiles with their consent, competence lists, erasure. */
export function createProfileWriter(deps: Deps) {
  const { db, clock } = deps;

  /** Bumps the event's profiles version in the transaction and returns the new value. */
  async function bump(trx: Transaction<Database>, eventId: string, now: string): Promise<number> {
    await repo.bumpVersion(trx, eventId, now);
    return (await repo.findSettings(trx, eventId))?.profilesVersion ?? 0;
  }

  return {
    /** Creates or replaces the profile; the first save records the directory consent. */
    async save(event: EventRow, personId: string, input: ProfileFields, ip: string): Promise<ProfileCard> {
      const registration = await repo.findConfirmedRegistration(db, event.id, personId);
      if (!registration) {
        throw new AppError('forbidden');
      }
      checkChoices(event, await deps.competencesOf(event.id), input);
      const joining = registration.consentDirectory !== 1;
      if (joining && input.directoryConsent !== true) {
        throw fieldError('directoryConsent', 'field.directory_consent_required');
      }
      const now = clock.now().toISOString();
      const version = await db.transaction().execute(async (trx) => {
        if (joining) {
          const changed = await registrationRepository.updateRegistration(
            trx,
            registration.id,
            { consentDirectory: 1, updatedAt: now },
            ['confirmed'],
          );
          if (!changed) {
            throw new AppError('invalid_state');
          }
          const consent = {
            personId,
            eventId: event.id,
            kind: 'directory',
            granted: true,
            textVersion: CONSENT_TEXT,
            ip,
          };
          await deps.consents.recordConsent(consent, trx);
        }
        await repo.upsertProfile(trx, {
          eventId: event.id,
          personId,
          organization: input.organization,
          organizationKey: organizationKey(input.organization),
          sector: input.sector,
          position: input.position,
          description: input.description,
          offerText: input.offerText,
          seekText: input.seekText,
          offerTags: JSON.stringify([...new Set(input.offerTags)]),
          seekTags: JSON.stringify([...new Set(input.seekTags)]),
          topics: JSON.stringify([...new Set(input.topics)]),
          languages: JSON.stringify([...new Set(input.languages)]),
          textLanguage: input.textLanguage,
          createdAt: now,
          updatedAt: now,
        });
        return bump(trx, event.id, now);
      });
      await deps.indexes.afterWrite(event.id, personId, version);
      const row = await repo.findVisibleProfile(db, event.id, personId);
      if (!row) {
        throw new AppError('invalid_state');
      }
      return toProfileCard(row);
    },

    /** Deletes the profile and withdraws the directory consent (recorded with time and address). */
    async leave(event: EventRow, personId: string, ip: string): Promise<void> {
      const registration = await repo.findConfirmedRegistration(db, event.id, personId);
      const now = clock.now().toISOString();
      const version = await db.transaction().execute(async (trx) => {
        await repo.deleteProfile(trx, event.id, personId);
        if (registration?.consentDirectory === 1) {
          await registrationRepository.updateRegistration(trx, registration.id, {
            consentDirectory: 0,
            updatedAt: now,
          });
          const consent = {
            personId,
            eventId: event.id,
            kind: 'directory',
            granted: false,
            textVersion: CONSENT_TEXT,
            ip,
          };
          await deps.consents.recordConsent(consent, trx);
        }
        return bump(trx, event.id, now);
      });
      await deps.indexes.afterWrite(event.id, personId, version);
    },

    /** Replaces the competence list (keys unique); every instance rebuilds its index on the new version. */
    async setCompetences(eventId: string, list: CompetenceList): Promise<CompetenceList> {
      if (!(await deps.events.findEventRowById(eventId))) {
        throw new AppError('not_found');
      }
      const seen = new Set<string>();
      const problems: FieldProblem[] = [];
      list.competences.forEach((c, i) => {
        if (seen.has(c.key)) {
          problems.push({ field: `competences.${i}.key`, key: 'field.duplicate_key' });
        }
        seen.add(c.key);
      });
      if (problems.length > 0) {
        throw new AppError('validation_failed', problems);
      }
      await repo.setCompetences(db, eventId, JSON.stringify(list.competences), clock.now().toISOString());
      deps.indexes.invalidate(eventId);
      return { competences: list.competences };
    },

    /** The person's profiles and own blocks, for "download my data". */
    async exportPerson(personId: string) {
      const profiles = await repo.listProfilesOfPerson(db, personId);
      const blocks = await repo.listOwnBlocks(db, personId);
      return {
        profiles: profiles.map((p) => ({
          ...p,
          offerTags: listOf(p.offerTags),
          seekTags: listOf(p.seekTags),
          topics: listOf(p.topics),
          languages: listOf(p.languages),
        })),
        blocked: blocks,
      };
    },

    /** Removes the person's profiles and blocks inside the erasure transaction. */
    async erasePerson(personId: string, trx: Transaction<Database>): Promise<void> {
      const events = await repo.erasePerson(trx, personId, clock.now().toISOString());
      for (const eventId of events) {
        deps.indexes.invalidate(eventId);
      }
    },
  };
}
