import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { containsPattern, personSearchText, searchWords } from '../../contract/search-fold.js';
import type { Database } from './schema.js';

const SEARCHED_FIELDS = ['firstName', 'lastName', 'email', 'organization'] as const;

/** Whether a change writes a field the search text is made of (then the search text must be rewritten). */
export function touchesSearchText(values: object): boolean {
  return SEARCHED_FIELDS.some((field) => field in values);
}

/** Rewrites the stored search text of one row from its current names, email and organization. */
export async function refreshSearchText(
  db: Kysely<Database>,
  table: 'people' | 'registrations',
  id: string,
): Promise<void> {
  const row = await db
    .selectFrom(table)
    .select(['firstName', 'lastName', 'email', 'organization'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row) {
    await db
      .updateTable(table)
      .set({ searchText: personSearchText(row) })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * The condition "the folded search column contains every word of the query" (in one of its spellings),
 * compared with LIKE on both dialects; the column holds text folded by the same function as the query.
 */
export function searchTextMatches(column: string, query: string): Expression<SqlBool> {
  const ref = sql.ref(column);
  const words = searchWords(query).map(
    (variants) =>
      sql<SqlBool>`(${sql.join(
        variants.map((v) => sql`${ref} like ${containsPattern(v)} escape '\\'`),
        sql` or `,
      )})`,
  );
  return words.length > 0 ? sql<SqlBool>`(${sql.join(words, sql` and `)})` : sql<SqlBool>`1 = 1`;
}
