import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import type { LiveHub } from '../../live/index.js';
import type { QaFeature } from '../qa/index.js';
import { pollRoomContributor } from './live.js';
import { createPollRepository } from './repository.js';
import { pollRoutes } from './routes.js';
import { createPollService } from './service.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  live: Pick<LiveHub, 'publish' | 'publishCoalesced'>;
  /** Polls live in the Q&A's session rooms and share its access rules and hall screen. */
  qa: Pick<QaFeature, 'access' | 'settings' | 'addressLimits'>;
}

/** Wires the live polls once (app.ts): the service, its routes and its share of the session rooms. */
export function createPollsFeature({ db, clock, live, qa }: Deps) {
  const polls = createPollService({
    db,
    clock,
    live,
    access: qa.access,
    settings: qa.settings,
    addressLimit: qa.addressLimits?.votes,
  });
  return {
    polls,
    roomContributor: pollRoomContributor(createPollRepository(db)),
    routes: [pollRoutes(polls)],
  };
}
export type PollsFeature = ReturnType<typeof createPollsFeature>;
