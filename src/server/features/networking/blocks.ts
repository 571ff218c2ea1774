import type { Kysely } from 'kysely';
import type { BlockList } from '../../../contract/networking.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { personOf } from './policy.js';
import { networkingRepository as repo } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/**
 * A person's block list, across all events: who blocked someone is neither recommended to them nor can
 * be asked by them, at this event or any later one.
 */
export function createBlockService({ db, clock }: Deps) {
  return {
    /**
     * Whether a or b blocked the other. A block is between two people, not within one event: who
     * blocks someone (a harasser, say) expects it to hold at the next edition too, so there is no event
     * to pass.
     */
    async isBlocked(a: string, b: string): Promise<boolean> {
      return repo.isBlockedEitherWay(db, a, b);
    },

    /** Everyone the person blocked or was blocked by (both directions exclude each other). */
    async listBlocked(personId: string): Promise<Set<string>> {
      return repo.listBlockedEitherWay(db, personId);
    },

    /** The caller's own block list, with names. */
    async listMyBlocks(actor: Actor): Promise<BlockList> {
      return { blocked: await repo.listOwnBlocks(db, personOf(actor)) };
    },

    /** Blocks a person (idempotent); blocking oneself is refused. */
    async blockPerson(actor: Actor, personId: string): Promise<void> {
      const me = personOf(actor);
      if (personId === me) {
        throw new AppError('bad_request');
      }
      // An unknown id is accepted silently: the answer must not tell whether an id is a person.
      if (await repo.personExists(db, personId)) {
        await repo.insertBlock(db, me, personId, clock.now().toISOString());
      }
    },

    /** Lifts one's own block (idempotent). */
    async unblockPerson(actor: Actor, personId: string): Promise<void> {
      await repo.deleteBlock(db, personOf(actor), personId);
    },
  };
}
