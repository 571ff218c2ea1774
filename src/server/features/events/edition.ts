import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/** What a feature gets to copy its part of an event into next year's edition. */
export interface EditionCopy {
  fromEventId: string;
  toEventId: string;
  /** Moves an instant of the old edition to the new one (whole days, same local time of day). */
  shift(isoUtc: string): string;
  now: string;
  /** Old id → new id of what earlier steps copied (the programme's sessions), for later steps. */
  ids: Map<string, string>;
}

/**
 * One feature's part of "duplicate for next year": copies what an organizer set up (never
 * registrations or other personal data), inside the duplicate's one transaction.
 */
export type EditionCopyStep = (trx: Transaction<Database>, copy: EditionCopy) => Promise<void>;
