import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../../src/server/app.js';
import { GUEST_COOKIE, type LiveServerHub } from '../../src/server/live/index.js';
import { buildEventInput } from '../../test/factories.js';
import type { LoadPlan } from './fanout-load.js';
import { http, runStorm, type StormSize } from './fanout-storm.js';

/** How the fan-out bench creates questions and votes, and which room its clients join. */
export interface FanoutDriver {
  hub: LiveServerHub;
  room: string;
  description: string;
  /** Sends the questions and votes; answers the votes sent per question id. */
  storm(): Promise<Map<string, number>>;
}

const TEXT = 'Wie sichern wir die Ladeinfrastruktur für Zulieferer im ländlichen Raum bis 2030 ab? ';
const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fanout-load.ts');

/** Publishes through the hub directly (no HTTP, no database), entities shaped like the Q&A's questions. */
function createHubDriver(app: App, size: StormSize): FanoutDriver {
  const sessionId = randomUUID();
  const room = `bench:${sessionId}`;
  type Stored = { version: number; data: { voteCount: number } & Record<string, unknown> };
  const questions = new Map<string, Stored>();
  app.live.registerRooms({
    prefix: 'bench',
    canJoin: async () => true,
    snapshot: async () => [...questions].map(([id, q]) => ({ kind: 'question', id, ...q })),
  });
  const ops = {
    async ask(n: number) {
      const id = randomUUID();
      const data = {
        id,
        sessionId,
        text: `${TEXT}(${n})`,
        authorName: n % 3 === 0 ? null : 'Teilnehmerin Beispiel',
        voteCount: 0,
        state: 'approved',
        isAnswered: false,
        isPinned: false,
        isEdited: false,
        mergedCount: 0,
        mergedIntoId: null,
        createdAt: new Date().toISOString(),
      };
      questions.set(id, { version: 1, data });
      app.live.publish({ room, kind: 'question', id, version: 1, data });
      return id;
    },
    async vote(questionId: string) {
      const question = questions.get(questionId)!;
      question.version += 1;
      question.data = { ...question.data, voteCount: question.data.voteCount + 1 };
      app.live.publishCoalesced({ room, kind: 'question', id: questionId, ...question });
    },
  };
  return {
    hub: app.live,
    room,
    description: 'questions and votes published through the hub in the server process (no HTTP, no database)',
    storm: () => runStorm(ops, size),
  };
}

/**
 * The real path: a published event with a Q&A session (guests allowed, no pre-approval) made through
 * the admin API with an API token; questions and votes sent by a third process through the HTTP API,
 * one guest identity per asker and voter (made in the guest store, as a browser gets one on its first
 * write).
 */
async function createApiDriver(app: App, baseUrl: string, size: StormSize): Promise<FanoutDriver> {
  const { token } = await app.services.accounts.issueApiToken('live-fanout bench', null);
  const admin = { authorization: `Bearer ${token}` };
  const event = await http<{ id: string }>(baseUrl, 'POST', '/api/v1/admin/events', admin, buildEventInput());
  await http(baseUrl, 'POST', `/api/v1/admin/events/${event.id}/publish`, admin);
  const session = await http<{ id: string }>(
    baseUrl,
    'POST',
    `/api/v1/admin/events/${event.id}/sessions`,
    admin,
    {
      type: 'panel',
      title: 'Podium: Ladeinfrastruktur',
      description: 'Fragen aus dem Publikum',
      startsAt: '2027-02-04T10:00',
      endsAt: '2027-02-04T11:00',
      room: 'Forum',
      topics: ['Ladeinfrastruktur'],
      speakers: [],
    },
  );
  const settings = { qaEnabled: true, preApproval: false, guestsAllowed: true };
  await http(baseUrl, 'PUT', `/api/v1/admin/sessions/${session.id}/live-settings`, admin, settings);
  const guest = async () => `${GUEST_COOKIE}=${(await app.app.liveGuests.issue()).token}`;
  const plan: LoadPlan = {
    ...size,
    baseUrl,
    sessionId: session.id,
    askers: await Promise.all(Array.from({ length: size.questions }, guest)),
    voters: await Promise.all(Array.from({ length: size.votes }, guest)),
  };
  return {
    hub: app.live,
    room: `session:${session.id}`,
    description: 'questions and votes through the HTTP API from a third process (SQLite, guests)',
    storm: () =>
      new Promise((resolve, reject) => {
        const load = fork(LOAD_SCRIPT, [], { execArgv: ['--import', 'tsx'] });
        load.once('message', (m: { votes: Record<string, number> }) =>
          resolve(new Map(Object.entries(m.votes))),
        );
        load.once('exit', (code) => code !== 0 && reject(new Error(`load process exited with ${code}`)));
        load.send(plan);
      }),
  };
}

/** The driver of the run: the real HTTP API (default), or hub publishes without HTTP and database. */
export async function createFanoutDriver(
  app: App,
  baseUrl: string,
  mode: 'hub' | 'api',
  size: StormSize,
): Promise<FanoutDriver> {
  return mode === 'api' ? createApiDriver(app, baseUrl, size) : createHubDriver(app, size);
}
