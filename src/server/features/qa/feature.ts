import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import type { LiveHub } from '../../live/index.js';
import { createLiveAccess } from './access.js';
import { qaAdminRoutes } from './admin-routes.js';
import { sessionRoomProviders, type SessionRoomContributor } from './live.js';
import { createAddressLimits } from './rate-limit.js';
import { createQuestionRepository } from './repository.js';
import { qaRoutes } from './routes.js';
import { createQaService } from './service.js';
import { createSettingsRepository } from './settings-repository.js';
import { createLiveSettingsService } from './settings-service.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  live: Pick<LiveHub, 'publish' | 'publishCoalesced'>;
  /** The public address of this installation, for moderator links. */
  baseUrl: string;
  /** LIVE_WRITES_PER_ADDRESS_PER_MINUTE (0: no per-address limits). */
  writesPerAddressPerMinute?: number;
}

/** Wires the live Q&A once (app.ts): its services, its routes and the session rooms' providers. */
export function createQaFeature({ db, clock, live, baseUrl, writesPerAddressPerMinute = 0 }: Deps) {
  const addressLimits = createAddressLimits(clock, writesPerAddressPerMinute);
  const settingsRepository = createSettingsRepository(db);
  const questions = createQuestionRepository(db);
  const access = createLiveAccess({ settings: settingsRepository, clock });
  const qa = createQaService({ db, clock, live, access, addressLimits });
  const settings = createLiveSettingsService({
    clock,
    live,
    access,
    settings: settingsRepository,
    questions,
    baseUrl,
  });
  return {
    access,
    qa,
    settings,
    /** Shared with polls: one budget per address for votes and poll answers. */
    addressLimits,
    /** The 'session' and 'session-mod' room providers, with other features' shares of the rooms. */
    roomProviders: (contributors: SessionRoomContributor[]) =>
      sessionRoomProviders({ access, questions, settings: settingsRepository, contributors }),
    routes: [qaRoutes(qa, settings), qaAdminRoutes(settings)],
  };
}
export type QaFeature = ReturnType<typeof createQaFeature>;
