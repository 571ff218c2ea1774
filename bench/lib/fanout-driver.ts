import { randomUUID } from 'node:crypto';
import type { App } from '../../src/server/app.js';
import type { LiveServerHub } from '../../src/server/live/index.js';

/** How the fan-out bench creates questions and votes, and which room its clients join. */
export interface FanoutDriver {
  hub: LiveServerHub;
  room: string;
  /** Headers every live client sends (e.g. a guest cookie). */
  clientHeaders: Record<string, string>;
  description: string;
  /** Asks question number n; answers its id. */
  ask(n: number): Promise<string>;
  /** Voter number `voter` upvotes the question. */
  vote(questionId: string, voter: number): Promise<void>;
}

const TEXT = 'Wie sichern wir die Ladeinfrastruktur für Zulieferer im ländlichen Raum bis 2030 ab? ';

/** Publishes through the hub directly, with entities shaped like the Q&A feature's questions. */
function createHubDriver(app: App): FanoutDriver {
  const sessionId = randomUUID();
  const room = `bench:${sessionId}`;
  const questions = new Map<
    string,
    { version: number; data: { voteCount: number } & Record<string, unknown> }
  >();
  app.live.registerRooms({
    prefix: 'bench',
    canJoin: async () => true,
    snapshot: async () => [...questions].map(([id, q]) => ({ kind: 'question', id, ...q })),
  });
  return {
    hub: app.live,
    room,
    clientHeaders: {},
    description: 'questions and votes published through the hub (no HTTP, no database)',
    async ask(n) {
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
    async vote(questionId) {
      const question = questions.get(questionId)!;
      question.version += 1;
      question.data = { ...question.data, voteCount: question.data.voteCount + 1 };
      app.live.publishCoalesced({ room, kind: 'question', id: questionId, ...question });
    },
  };
}

/** The driver of the run: the real HTTP API when the Q&A routes exist, else hub publishes. */
export async function createFanoutDriver(
  app: App,
  _baseUrl: string,
  mode: 'hub' | 'api',
): Promise<FanoutDriver> {
  if (mode === 'api') {
    console.warn('live-fanout: the Q&A HTTP API is not available yet; publishing through the hub');
  }
  return createHubDriver(app);
}
