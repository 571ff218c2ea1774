import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventCreateSchema } from '../../src/contract/events.js';
import { buildApp } from '../../src/server/app.js';
import { configSchema } from '../../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { createTestDatabase, DIALECTS } from '../db.js';
import { DEMO_ENV, DEMO_ORGANIZER } from '../demo-organizer.js';
import { buildEventInput } from '../factories.js';
import { createBurstClient, type JsonAnswer } from './http-client.js';
import { freePort, startServerProcess, type ServerProcess } from '../server-process.js';
import { startSmtpServer, type TestSmtpServer } from '../smtp.js';

const SEATS = 100;
const ATTEMPTS = 400;
const KILL_AFTER_ANSWERS = 150;
const HOLDING = ['pending', 'offered', 'confirmed'];
const ORGANIZER = { kind: 'token', tokenId: 'test', role: 'organizer' } as const;

async function signInDemoOrganizer(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cd_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) {
    throw new Error(`demo organizer sign-in answered ${response.status}`);
  }
  return { cookie: cookie.split(';')[0]!, 'x-csrf-token': csrfToken };
}

async function createPublishedEvent(url: string): Promise<{ id: string; slug: string }> {
  const headers = await signInDemoOrganizer(url);
  const created = await fetch(`${url}/api/v1/admin/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(buildEventInput({ capacity: SEATS })),
  });
  const event = (await created.json()) as { id: string; slug: string };
  const published = await fetch(`${url}/api/v1/admin/events/${event.id}/publish`, {
    method: 'POST',
    headers,
  });
  if (created.status !== 201 || !published.ok) {
    throw new Error(`event create ${created.status}, publish ${published.status}`);
  }
  return event;
}

/** Fires every attempt at once and SIGKILLs the server once KILL_AFTER_ANSWERS answers are in. */
async function burstUntilKilled(server: ServerProcess, slug: string) {
  const client = createBurstClient(50);
  const answers: JsonAnswer<{ id?: string }>[] = [];
  const all = Array.from({ length: ATTEMPTS }, async (_, i) => {
    const answer = await client.postJson<{ id?: string }>(
      `${server.url}/api/v1/events/${slug}/registrations`,
      {
        firstName: 'Crash',
        lastName: `Nr ${i}`,
        email: `crash${i}@example.org`,
        organization: 'Stromausfall GmbH',
        sector: 'it',
        consents: { privacy: true },
      },
    );
    answers.push(answer);
    if (answers.length === KILL_AFTER_ANSWERS) {
      void server.kill();
    }
  });
  await Promise.all(all);
  client.close();
  return answers;
}

async function waitForOutboxDrained(db: DatabaseHandle['db'], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute();
    if (pending.length === 0) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`${pending.length} mails still pending in the outbox`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

describe('SIGKILL in the middle of a registration burst (the real server process on SQLite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-crash-'));
  const databaseUrl = `sqlite:${path.join(dir, 'crash.sqlite')}`;
  let smtp: TestSmtpServer | undefined;
  let servers: ServerProcess[] = [];
  let database: DatabaseHandle | undefined;

  afterAll(async () => {
    for (const server of servers) {
      await server.kill();
    }
    await database?.destroy();
    await smtp?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged registration, oversells nothing and delivers every mail due once', async () => {
    smtp = await startSmtpServer();
    const env = {
      ...DEMO_ENV,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      REGISTRATION_RATE_LIMIT: '0',
      // One client address sends every registration: no per-address cap on unconfirmed ones.
      PENDING_REGISTRATIONS_PER_ADDRESS: '0',
      LOG_LEVEL: 'warn',
    };
    const first = await startServerProcess(await freePort(), env);
    servers = [first];
    const event = await createPublishedEvent(first.url);
    const answers = await burstUntilKilled(first, event.slug);
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.body.id!);
    // The kill really hit the middle of the burst: some were answered, others never were.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS - 1);
    expect(answers.filter((a) => a.status === 0).length).toBeGreaterThan(0);

    const second = await startServerProcess(await freePort(), env);
    servers.push(second);
    database = openDatabase(databaseUrl);
    const db = database.db;
    // A mail claimed by the killed process is retried once its 60-second claim has lapsed.
    await waitForOutboxDrained(db, 120_000);

    const rows = await db
      .selectFrom('registrations')
      .select(['id', 'email', 'status'])
      .where('eventId', '=', event.id)
      .execute();
    const ids = new Set(rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    const held = rows.filter((r) => HOLDING.includes(r.status)).length;
    const counter = await db
      .selectFrom('events')
      .select('seatsTaken')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(held).toBe(counter.seatsTaken);
    // More than SEATS were acknowledged before the kill, so every seat is taken, and not one more.
    expect(held).toBe(SEATS);

    // SMTP delivery is at-least-once in theory: a kill after the server's "250 accepted" and before
    // the outbox row is marked sent means that mail goes out again after the restart. The drain sends
    // one mail at a time, so at most one mail can be in that window, and its Message-ID (the outbox
    // row id) makes such a resend recognizable. A second mail for the same reason (a second outbox
    // row) would carry another Message-ID: that must never happen.
    const kindOf = (status: string) =>
      status === 'pending' ? 'registration-optin' : status === 'waitlisted' ? 'registration-waitlist' : '';
    let resent = 0;
    for (const row of rows) {
      const mails = smtp
        .to(row.email)
        .filter((m) => m.parsed.headers.get('x-crossdialog-kind') === kindOf(row.status));
      const messageIds = new Set(mails.map((m) => m.parsed.messageId));
      expect({ email: row.email, distinctMails: messageIds.size }).toEqual({
        email: row.email,
        distinctMails: 1,
      });
      resent += mails.length - messageIds.size;
    }
    expect(resent).toBeLessThanOrEqual(1);
    const delivered = rows.reduce((n, row) => n + smtp!.to(row.email).length, 0);
    expect(delivered - resent).toBe(rows.length);
  }, 240_000);
});

/**
 * Two instances on one PostgreSQL database, the burst spread over both, and one of them SIGKILLed in
 * the middle: the other goes on taking registrations. Every acknowledged registration is kept, and
 * the seat counter equals the seats held, exactly the capacity (a batch of the killed instance is
 * either committed whole or not at all).
 */
async function twoInstancesOnePostgresKilled(): Promise<void> {
  const database = await createTestDatabase('postgres');
  const servers: ServerProcess[] = [];
  const built = await buildApp({
    config: configSchema.parse({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' }),
    database: database.handle,
    webDir: null,
  });
  try {
    const events = built.services.events;
    const event = await events.createEvent(
      ORGANIZER,
      eventCreateSchema.parse(buildEventInput({ capacity: SEATS })),
      'de',
    );
    await events.publishEvent(ORGANIZER, event.id, 'de');
    const env = {
      DATABASE_URL: database.url,
      REGISTRATION_RATE_LIMIT: '0',
      // One client address sends every registration: no per-address cap on unconfirmed ones.
      PENDING_REGISTRATIONS_PER_ADDRESS: '0',
      LOG_LEVEL: 'warn',
    };
    servers.push(
      await startServerProcess(await freePort(), env),
      await startServerProcess(await freePort(), env),
    );
    const [doomed, survivor] = servers as [ServerProcess, ServerProcess];
    const client = createBurstClient(50);
    const answers: JsonAnswer<{ id?: string }>[] = [];
    await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const answer = await client.postJson<{ id?: string }>(
          `${(i % 2 === 0 ? doomed : survivor).url}/api/v1/events/${event.slug}/registrations`,
          {
            firstName: 'Crash',
            lastName: `Nr ${i}`,
            email: `crash-pg${i}@example.org`,
            organization: 'Stromausfall GmbH',
            sector: 'it',
            consents: { privacy: true },
          },
        );
        answers.push(answer);
        if (answers.length === KILL_AFTER_ANSWERS) {
          void doomed.kill();
        }
      }),
    );
    client.close();
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.body.id!);
    // The kill hit the middle of the burst (some requests to it went unanswered), and the surviving
    // instance answered every request sent to it.
    expect(answers.filter((a) => a.status === 0).length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ATTEMPTS / 2);
    const db = database.handle.db;
    const rows = await db
      .selectFrom('registrations')
      .select(['id', 'status'])
      .where('eventId', '=', event.id)
      .execute();
    const ids = new Set(rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    const counter = await db
      .selectFrom('events')
      .select('seatsTaken')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    const held = rows.filter((r) => HOLDING.includes(r.status)).length;
    expect(held).toBe(counter.seatsTaken);
    expect(held).toBe(SEATS);
  } finally {
    for (const server of servers) {
      await server.kill();
    }
    await built.app.close();
    await database.drop();
  }
}

if (DIALECTS.includes('postgres')) {
  describe('SIGKILL of one of two instances on PostgreSQL in the middle of a registration burst', () => {
    it('keeps every acknowledged registration and oversells nothing', twoInstancesOnePostgresKilled, 240_000);
  });
}
