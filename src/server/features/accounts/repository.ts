import type { Kysely, Selectable } from 'kysely';
import { personSearchText } from '../../../contract/search-fold.js';
import type { Database, PeopleTable } from '../../db/schema.js';
import { refreshSearchText, touchesSearchText } from '../../db/search.js';

export type PersonRow = Selectable<PeopleTable>;

/** The only code that touches people, magic links, invites, tokens and sign-in failures. */
export function createAccountRepository(db: Kysely<Database>) {
  return {
    findPersonByEmail: (email: string) =>
      db.selectFrom('people').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),
    findPersonById: (id: string) =>
      db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst(),
    insertPerson: (row: Omit<PersonRow, 'searchText'>) =>
      db
        .insertInto('people')
        .values({ ...row, searchText: personSearchText(row) })
        .execute(),
    updatePerson: async (id: string, values: Partial<Omit<PersonRow, 'searchText'>>) => {
      await db.updateTable('people').set(values).where('id', '=', id).execute();
      if (touchesSearchText(values)) {
        await refreshSearchText(db, 'people', id);
      }
    },
    deleteSessionsOfPerson: (personId: string) =>
      db.deleteFrom('sessions').where('personId', '=', personId).execute(),
    listOrganizers: () =>
      db
        .selectFrom('people')
        .selectAll()
        .where('role', '=', 'organizer')
        .orderBy('lastName')
        .orderBy('firstName')
        .execute(),

    countRecentFailures: async (keys: string[], since: string) => {
      const rows = await db
        .selectFrom('signInFailures')
        .select(['key', (eb) => eb.fn.countAll<number>().as('count')])
        .where('key', 'in', keys)
        .where('createdAt', '>=', since)
        .groupBy('key')
        .execute();
      return new Map(rows.map((r) => [r.key, Number(r.count)]));
    },
    insertFailures: (rows: { id: string; key: string; createdAt: string }[]) =>
      db.insertInto('signInFailures').values(rows).execute(),
    clearFailures: (key: string) => db.deleteFrom('signInFailures').where('key', '=', key).execute(),
    pruneFailures: (before: string) =>
      db.deleteFrom('signInFailures').where('createdAt', '<', before).execute(),

    insertMagicLink: (row: Selectable<Database['magicLinks']>) =>
      db.insertInto('magicLinks').values(row).execute(),
    /** Marks a link used in one statement, so that two clicks cannot both sign in. */
    consumeMagicLink: async (tokenHash: string, now: string) => {
      const result = await db
        .updateTable('magicLinks')
        .set({ usedAt: now })
        .where('tokenHash', '=', tokenHash)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        return undefined;
      }
      return db.selectFrom('magicLinks').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
    },

    insertInvite: (row: Selectable<Database['organizerInvites']>) =>
      db.insertInto('organizerInvites').values(row).execute(),
    findOpenInvite: (tokenHash: string, now: string) =>
      db
        .selectFrom('organizerInvites')
        .selectAll()
        .where('tokenHash', '=', tokenHash)
        .where('acceptedAt', 'is', null)
        .where('expiresAt', '>', now)
        .executeTakeFirst(),
    markInviteAccepted: async (id: string, now: string) => {
      const result = await db
        .updateTable('organizerInvites')
        .set({ acceptedAt: now })
        .where('id', '=', id)
        .where('acceptedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    listInvites: () => db.selectFrom('organizerInvites').selectAll().orderBy('createdAt', 'desc').execute(),

    insertApiToken: (row: Selectable<Database['apiTokens']>) =>
      db.insertInto('apiTokens').values(row).execute(),
    listApiTokens: () => db.selectFrom('apiTokens').selectAll().orderBy('createdAt', 'desc').execute(),
    revokeApiToken: async (id: string, now: string) => {
      const result = await db
        .updateTable('apiTokens')
        .set({ revokedAt: now })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    findApiToken: (id: string) =>
      db.selectFrom('apiTokens').selectAll().where('id', '=', id).executeTakeFirst(),
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
