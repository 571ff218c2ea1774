import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.js';
import { configSchema } from '../../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { eventCreateSchema } from '../../src/contract/events.js';
import { buildEventInput } from '../factories.js';
import { createTestDatabase, DIALECTS } from '../db.js';
import { createBurstClient } from './http-client.js';

const SEATS = 250;
const PEOPLE = 1000;
const ORGANIZER = { kind: 'token', tokenId: 'test', role: 'organizer' } as const;
// Two instances on PostgreSQL share one database over a network protocol: slower on a loaded machine.
const TIMEOUT_MS = { sqlite: 90_000, postgres: 180_000 };

async function startInstance(
  url: string,
  handle: DatabaseHandle,
  unsafe: boolean,
): Promise<{ built: App; base: string }> {
  const config = configSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    // The crowd comes from one loopback address here: the per-address limits (rate, unconfirmed
    // seats per address against squatting) would turn it away; they have tests of their own.
    REGISTRATION_RATE_LIMIT: '0',
    PENDING_REGISTRATIONS_PER_ADDRESS: '0',
  });
  const built = await buildApp({
    config,
    database: handle,
    webDir: null,
    unsafeDisableCapacityGuard: unsafe,
  });
  await built.app.listen({ port: 0, host: '127.0.0.1', backlog: 2048 });
  return { built, base: `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}` };
}

/**
 * Fires PEOPLE registrations at once over real HTTP, alternating between the instances (each with its
 * own connection pool to the one database); returns what the clients were told and what the database holds.
 */
async function rush(dialect: 'sqlite' | 'postgres', instances: number, unsafe: boolean) {
  const database = await createTestDatabase(dialect);
  const handles = [
    database.handle,
    ...Array.from({ length: instances - 1 }, () => openDatabase(database.url)),
  ];
  const started = await Promise.all(handles.map((h) => startInstance(database.url, h, unsafe)));
  const client = createBurstClient(128);
  try {
    const events = started[0]!.built.services.events;
    const event = await events.createEvent(
      ORGANIZER,
      eventCreateSchema.parse(buildEventInput({ capacity: SEATS })),
      'de',
    );
    await events.publishEvent(ORGANIZER, event.id, 'de');
    const responses = await Promise.all(
      Array.from({ length: PEOPLE }, (_, i) =>
        client.postJson<{ status: string; waitlistPosition?: number }>(
          `${started[i % instances]!.base}/api/v1/events/${event.slug}/registrations`,
          {
            firstName: 'Rush',
            lastName: `Nr ${i}`,
            email: `rush${i}@example.org`,
            organization: 'Ansturm AG',
            sector: 'it',
            consents: { privacy: true },
          },
        ),
      ),
    );
    const db = database.handle.db;
    const rows = await db
      .selectFrom('registrations')
      .select(['status'])
      .where('eventId', '=', event.id)
      .execute();
    const counter = await db
      .selectFrom('events')
      .select('seatsTaken')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    return {
      statuses: responses.map((r) => r.status),
      held: rows.filter((r) => ['pending', 'offered', 'confirmed'].includes(r.status)).length,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      rows: rows.length,
      seatsTaken: counter.seatsTaken,
      positions: responses.flatMap((r) =>
        r.body.waitlistPosition === undefined ? [] : [r.body.waitlistPosition],
      ),
    };
  } finally {
    client.close();
    for (const s of started) {
      await s.built.app.close();
    }
    for (const h of handles.slice(1)) {
      await h.destroy();
    }
    await database.drop();
  }
}

describe.each(DIALECTS)('registration rush on %s', (dialect) => {
  const instances = dialect === 'postgres' ? 2 : 1;
  const where = `${instances} app instance${instances > 1 ? 's' : ''}`;

  it(
    `${PEOPLE} at once for ${SEATS} seats (${where}): exactly ${SEATS} held, the rest waitlisted 1..${PEOPLE - SEATS}`,
    async () => {
      const result = await rush(dialect, instances, false);
      expect(result.statuses.filter((s) => s !== 201)).toEqual([]);
      expect(result.rows).toBe(PEOPLE);
      expect(result.held).toBe(SEATS);
      expect(result.seatsTaken).toBe(SEATS);
      expect(result.waitlisted).toBe(PEOPLE - SEATS);
      const sorted = [...result.positions].sort((a, b) => a - b);
      expect(sorted).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
    },
    TIMEOUT_MS[dialect],
  );

  // The control: with the guard switched off (read the counter, yield, write), the same harness must
  // see more than SEATS seats held. Were this to pass with exactly SEATS, the test above proves nothing.
  it(
    `control: with the capacity guard off the same harness detects the oversell (${where})`,
    async () => {
      const result = await rush(dialect, instances, true);
      expect(result.statuses.filter((s) => s !== 201)).toEqual([]);
      expect(result.rows).toBe(PEOPLE);
      expect(result.held).toBeGreaterThan(SEATS);
      expect(result.seatsTaken).toBeGreaterThan(SEATS);
    },
    TIMEOUT_MS[dialect],
  );
});
