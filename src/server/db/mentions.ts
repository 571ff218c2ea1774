import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './schema.js';

/** Who a person is, as text in other rows may name them (for erasure of free text: mails, stored answers). */
export interface PersonMention {
  email: string;
  firstName: string;
  lastName: string;
}

/** The address and name of a person (erasers run before the person row goes). */
export async function findPersonMention(
  db: Kysely<Database>,
  personId: string,
): Promise<PersonMention | null> {
  const row = await db
    .selectFrom('people')
    .select(['email', 'firstName', 'lastName'])
    .where('id', '=', personId)
    .executeTakeFirst();
  return row ?? null;
}

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function contains(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${likePattern(text)} escape '\\'`;
}

/**
 * Whether any of the text columns mentions the person: their address, or both their first and last
 * name (a last name alone would match strangers who share it). Same LIKE on SQLite and PostgreSQL.
 */
export function mentionsPerson(columns: string[], who: PersonMention): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  for (const column of columns) {
    parts.push(contains(column, who.email));
    if (who.firstName.trim().length > 1 && who.lastName.trim().length > 1) {
      parts.push(
        sql<SqlBool>`(${contains(column, who.firstName.trim())} and ${contains(column, who.lastName.trim())})`,
      );
    }
  }
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
