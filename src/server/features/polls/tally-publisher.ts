import type { FastifyBaseLogger } from 'fastify';
import type { LiveHub } from '../../live/index.js';
import { publishTally } from './live.js';
import type { PollRepository } from './repository.js';

interface Pending {
  dirty: boolean;
  done: Promise<void>;
}

/**
 * Publishes a poll's results after votes commit. Under a vote storm it does not read the counters once
 * per vote: at most one read runs per poll, and votes that commit while it runs cause exactly one
 * more read, so the last committed state is always published. The hub coalesces the messages further.
 */
export function createTallyPublisher(
  repo: PollRepository,
  live: Pick<LiveHub, 'publishCoalesced'>,
  log?: Pick<FastifyBaseLogger, 'error'>,
) {
  const pending = new Map<string, Pending>();

  async function drain(pollId: string, entry: Pending): Promise<void> {
    try {
      while (entry.dirty) {
        entry.dirty = false;
        const tally = await repo.readTally(pollId);
        if (tally) {
          publishTally(live, tally.poll, tally);
        }
      }
    } catch (err) {
      log?.error({ err, pollId }, 'polls: publishing results failed');
    } finally {
      pending.delete(pollId);
    }
  }

  return {
    /** A vote on the poll committed: its results will be published. */
    changed(pollId: string): void {
      const entry = pending.get(pollId);
      if (entry) {
        entry.dirty = true;
        return;
      }
      const created: Pending = { dirty: true, done: Promise.resolve() };
      pending.set(pollId, created);
      created.done = drain(pollId, created);
    },

    /** Resolves when every scheduled read has been published (tests, shutdown). */
    async settled(): Promise<void> {
      while (pending.size > 0) {
        await Promise.all([...pending.values()].map((p) => p.done));
      }
    },
  };
}
export type TallyPublisher = ReturnType<typeof createTallyPublisher>;
