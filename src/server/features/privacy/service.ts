import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Clock } from '../../clock.js';
import { reusableQuery } from '../../db/reusable-query.js';
import type { DialectName } from '../../db/database.js';
import type { ConsentsTable, Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import { searchTextMatches } from '../../db/search.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  /** Decides how the last-organizer rule is held under concurrency (row locks on PostgreSQL). */
  dialect: DialectName;
  /** Told after an erasure committed (the person's live connections lose their rights at once). */
  onErased?: (personId: string) => Promise<void>;
}

export interface ConsentInput {
  personId: string;
  eventId: string | null;
  kind: string;
  granted: boolean;
  /** The version label of the text the person agreed to, e.g. `privacy/de/v3`. */
  textVersion: string;
  ip: string;
}

/** Another feature's part of a person's data export. */
export type PersonDataExporter = (personId: string, db: Kysely<Database>) => Promise<unknown>;
/** Another feature's part of erasing a person (runs in the erasure transaction, before the person row goes). */
export type PersonDataEraser = (personId: string, trx: Transaction<Database>) => Promise<void>;

export interface ConsentRecorder {
  recordConsent(input: ConsentInput, trx?: Transaction<Database>): Promise<void>;
}

/** GDPR / DSGVO: consents with their text version, export of all data about a person, erasure. */
export function createPrivacyService({ db, clock, dialect, onErased }: Deps) {
  const exporters = new Map<string, PersonDataExporter>();
  const erasers: PersonDataEraser[] = [];
  // Compiled once: every registration records three consents (see reusableQuery).
  const insertConsent = reusableQuery((p: Insertable<ConsentsTable>) =>
    db.insertInto('consents').values({
      id: p.id,
      personId: p.personId,
      eventId: p.eventId,
      kind: p.kind,
      granted: p.granted,
      textVersion: p.textVersion,
      recordedAt: p.recordedAt,
      ip: p.ip,
    }),
  );

  /**
   * Refuses to erase the last organizer: the platform must keep someone who can run it. Runs inside the
   * erasure transaction. On PostgreSQL the organizer rows are locked (in id order, so two erasures cannot
   * deadlock): a second erasure waits for the first to commit and then counts what is left, so two
   * organizers erasing each other at once cannot leave none. SQLite has one connection and one writer,
   * so the transaction alone serializes erasures.
   */
  async function ensureNotLastOrganizer(trx: Transaction<Database>, personId: string): Promise<void> {
    const organizers = await trx
      .selectFrom('people')
      .select(['id', 'role'])
      .where((eb) => eb.or([eb('role', '=', 'organizer'), eb('id', '=', personId)]))
      .orderBy('id')
      .$if(dialect === 'postgres', (qb) => qb.forUpdate())
      .execute();
    const person = organizers.find((row) => row.id === personId);
    if (!person) {
      // Erased by someone else while this erasure waited.
      throw new AppError('not_found');
    }
    const remaining = organizers.filter((row) => row.role === 'organizer');
    if (person.role === 'organizer' && remaining.length <= 1) {
      throw new AppError('invalid_state');
    }
  }

  async function erase(personId: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const person = await trx
        .selectFrom('people')
        .select(['id', 'role'])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) {
        throw new AppError('not_found');
      }
      // Only an organizer's erasure locks the organizer rows; a participant's leaves them alone.
      if (person.role === 'organizer') {
        await ensureNotLastOrganizer(trx, personId);
      }
      for (const eraser of erasers) {
        await eraser(personId, trx);
      }
      // Sessions, magic links and consents go with the person (ON DELETE CASCADE).
      await trx.deleteFrom('people').where('id', '=', personId).execute();
    });
    await onErased?.(personId);
  }

  return {
    /** Records a consent given or withdrawn, with the text version and time. */
    async recordConsent(input: ConsentInput, trx?: Transaction<Database>): Promise<void> {
      await (trx ?? db).executeQuery(
        insertConsent({
          ...input,
          id: newId(),
          granted: input.granted ? 1 : 0,
          recordedAt: clock.now().toISOString(),
        }),
      );
    },

    /** Lets a feature add its data to exports and its clean-up to erasures. */
    registerPersonData(name: string, exporter: PersonDataExporter, eraser?: PersonDataEraser): void {
      exporters.set(name, exporter);
      if (eraser) {
        erasers.push(eraser);
      }
    },

    /** Erases a person without an actor: the retention job, for people left only by lapsed registrations. */
    eraseLapsedPerson: erase,

    /** Adds a clean-up to erasures where there is nothing of the person's to export (stored answers). */
    registerEraser(eraser: PersonDataEraser): void {
      erasers.push(eraser);
    },

    /** Everything held about the calling person, as one JSON document. */
    async exportMyData(actor: Actor): Promise<Record<string, unknown>> {
      if (actor.kind !== 'person') {
        throw new AppError('unauthenticated');
      }
      const person = await db
        .selectFrom('people')
        .select([
          'id',
          'email',
          'firstName',
          'lastName',
          'organization',
          'locale',
          'role',
          'createdAt',
          'updatedAt',
          'lastSignInAt',
        ])
        .where('id', '=', actor.personId)
        .executeTakeFirst();
      if (!person) {
        throw new AppError('not_found');
      }
      const consents = await db
        .selectFrom('consents')
        .select(['kind', 'granted', 'textVersion', 'recordedAt', 'eventId', 'ip'])
        .where('personId', '=', actor.personId)
        .orderBy('recordedAt')
        .execute();
      const sessions = await db
        .selectFrom('sessions')
        .select(['createdAt', 'lastSeenAt', 'expiresAt', 'ip', 'userAgent'])
        .where('personId', '=', actor.personId)
        .execute();
      const result: Record<string, unknown> = {
        exportedAt: clock.now().toISOString(),
        person,
        consents: consents.map((c) => ({ ...c, granted: c.granted === 1 })),
        sessions,
      };
      for (const [name, exporter] of exporters) {
        result[name] = await exporter(actor.personId, db);
      }
      return result;
    },

    /** Deletes the calling person's account and everything tied to it. */
    async deleteMyAccount(actor: Actor): Promise<void> {
      if (actor.kind !== 'person') {
        throw new AppError('unauthenticated');
      }
      await erase(actor.personId);
    },

    /** An organizer erases a person; what remains elsewhere is anonymous figures. */
    async erasePerson(actor: Actor, personId: string): Promise<void> {
      if (actor.kind === 'anonymous' || actor.role !== 'organizer') {
        throw new AppError('forbidden');
      }
      await erase(personId);
    },

    /** People for the organizer's privacy page, optionally filtered by name, email or organization. */
    async listPeople(actor: Actor, q?: string) {
      if (actor.kind === 'anonymous' || actor.role !== 'organizer') {
        throw new AppError('forbidden');
      }
      let query = db
        .selectFrom('people')
        .select(['id', 'email', 'firstName', 'lastName', 'organization', 'role', 'createdAt', 'lastSignInAt'])
        .orderBy('lastName')
        .orderBy('firstName')
        .limit(200);
      if (q) {
        query = query.where(searchTextMatches('search_text', q));
      }
      return query.execute();
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
