import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { RegistrationCounters } from '../../../contract/registration.js';
import type { Database } from '../../db/schema.js';
import type { LiveHub, LiveMessage, LiveRoomProvider, LiveViewer } from '../../live/index.js';
import { toCounters } from './admin-mapping.js';
import { createRegistrationAdminRepository } from './admin-repository.js';
import { registrationRepository as repo } from './repository.js';

/** The organizers' room of an event's registration counters. */
export const COUNTERS_ROOM_PREFIX = 'registration-counters';
export const countersRoom = (eventId: string) => `${COUNTERS_ROOM_PREFIX}:${eventId}`;
export const COUNTERS_KIND = 'registration-counters';
/** A changed event's counters are read and published at most this often. */
export const COUNTERS_PUBLISH_INTERVAL_MS = 250;

type Entity = Omit<LiveMessage, 'room'>;

interface CountersLiveDeps {
  db: Kysely<Database>;
  live: Pick<LiveHub, 'publish'>;
  log?: Pick<FastifyBaseLogger, 'error'>;
  intervalMs?: number;
}

/**
 * The live counters of the registrations page. Write paths only mark an event as changed after their
 * commit (a Set insert, nothing per registration besides); a throttled publisher reads the counters
 * of every changed event at most once per interval and publishes one entity upsert per event.
 *
 * Counters have no stored version column: the version is the time (ms, strictly growing within this
 * process) taken before the read, so a later read wins over an earlier one. Across instances this
 * relies on synchronized clocks; a message lost to skew is corrected by the next change or snapshot.
 */
export function createCountersLive({
  db,
  live,
  log,
  intervalMs = COUNTERS_PUBLISH_INTERVAL_MS,
}: CountersLiveDeps) {
  const admin = createRegistrationAdminRepository(db);
  const changed = new Set<string>();
  let lastVersion = 0;
  let lastFlushAt = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;
  let closed = false;

  function nextVersion(): number {
    lastVersion = Math.max(Date.now(), lastVersion + 1);
    return lastVersion;
  }

  /** The counters entity of an event (the counters route's query), or null for an unknown event. */
  async function readEntity(eventId: string): Promise<Entity | null> {
    const version = nextVersion();
    const event = await repo.findEventById(db, eventId);
    if (!event) {
      return null;
    }
    const data: RegistrationCounters = toCounters(event.capacity, await admin.countByStatus(eventId));
    return { kind: COUNTERS_KIND, id: eventId, version, data };
  }

  async function flush(): Promise<void> {
    timer = null;
    lastFlushAt = Date.now();
    const due = [...changed];
    changed.clear();
    for (const eventId of due) {
      try {
        const entity = await readEntity(eventId);
        if (entity && !closed) {
          live.publish({ room: countersRoom(eventId), ...entity });
        }
      } catch (err) {
        log?.error({ err, eventId }, 'registration: publishing live counters failed');
      }
    }
  }

  function schedule(): void {
    if (closed || timer || flushing || changed.size === 0) {
      return;
    }
    const wait = Math.max(0, lastFlushAt + intervalMs - Date.now());
    timer = setTimeout(() => {
      flushing = flush().finally(() => {
        flushing = null;
        schedule();
      });
    }, wait);
  }

  const roomProvider: LiveRoomProvider = {
    prefix: COUNTERS_ROOM_PREFIX,
    // The same rule as GET …/registrations/counters: organizers (and organizer tokens), known events.
    async canJoin(eventId: string, viewer: LiveViewer): Promise<boolean> {
      if (!viewer.isOrganizer) {
        return false;
      }
      return (await repo.findEventById(db, eventId)) !== undefined;
    },
    async snapshot(eventId: string): Promise<Entity[]> {
      const entity = await readEntity(eventId);
      return entity ? [entity] : [];
    },
  };

  return {
    roomProvider,

    /** Seats, statuses or check-ins of the event changed and are committed: its counters go out soon. */
    markChanged(eventId: string): void {
      changed.add(eventId);
      schedule();
    },

    /** Stops the timer; pending changes are dropped (clients reload snapshots on reconnect). */
    close(): void {
      closed = true;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      changed.clear();
    },
  };
}
export type CountersLive = ReturnType<typeof createCountersLive>;
