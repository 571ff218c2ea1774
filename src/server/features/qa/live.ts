import { QUESTION_KIND, QUESTION_VOTES_KIND, type QuestionVotes } from '../../../contract/qa-live.js';
import type { LiveHub, LiveMessage, LiveRoomProvider, LiveViewer } from '../../live/index.js';
import type { LiveAccess } from './access.js';
import { toLiveSettings, toQuestion } from './mapping.js';
import type { QuestionRepository, QuestionRow } from './repository.js';
import type { SettingsRepository, SettingsRow } from './settings-repository.js';

/** The audience's room (participants, hall screen, speaker view) and the moderators' room of a session. */
export const audienceRoom = (sessionId: string) => `session:${sessionId}`;
export const moderatorRoom = (sessionId: string) => `session-mod:${sessionId}`;

type Entity = Omit<LiveMessage, 'room'>;
export type Audience = 'audience' | 'moderators';

/** Another feature's share of a session's rooms (polls contribute their polls and tallies). */
export interface SessionRoomContributor {
  snapshot(sessionId: string, audience: Audience): Promise<Entity[]>;
}

/** A question as an entity of a room: the audience sees approved questions only (others as removed). */
export function questionEntity(row: QuestionRow, audience: Audience): Entity {
  const visible = audience === 'moderators' || row.state === 'approved';
  return { kind: QUESTION_KIND, id: row.id, version: row.version, data: visible ? toQuestion(row) : null };
}

/**
 * A question's vote count as its own small entity, at the question row's version (raised by the vote
 * in the same UPDATE): an upvote sends this instead of the whole question. Removed like the question.
 */
export function votesEntity(row: QuestionRow, audience: Audience): Entity {
  const visible = audience === 'moderators' || row.state === 'approved';
  const data: QuestionVotes | null = visible ? { voteCount: row.voteCount } : null;
  return { kind: QUESTION_VOTES_KIND, id: row.id, version: row.version, data };
}

export function settingsEntity(row: SettingsRow): Entity {
  return {
    kind: 'live-session',
    id: row.sessionId,
    version: row.version,
    data: toLiveSettings(row.sessionId, row),
  };
}

function bothRooms(sessionId: string) {
  return [
    ['audience', audienceRoom(sessionId)],
    ['moderators', moderatorRoom(sessionId)],
  ] as const;
}

/** Publishes changed questions (text, state, moderation) to both rooms at once, after commit. */
export function publishQuestions(live: Pick<LiveHub, 'publish'>, rows: QuestionRow[]) {
  for (const row of rows) {
    for (const [audience, room] of bothRooms(row.sessionId)) {
      live.publish({ room, ...questionEntity(row, audience) });
    }
  }
}

/** Publishes a question's new vote count to both rooms, coalesced (a vote storm), after commit. */
export function publishVoteCount(live: Pick<LiveHub, 'publishCoalesced'>, row: QuestionRow) {
  for (const [audience, room] of bothRooms(row.sessionId)) {
    live.publishCoalesced({ room, ...votesEntity(row, audience) });
  }
}

/** Publishes a session's settings (Q&A switch, join code, what the screen shows) to both rooms. */
export function publishSettings(live: Pick<LiveHub, 'publish'>, row: SettingsRow) {
  for (const room of [audienceRoom(row.sessionId), moderatorRoom(row.sessionId)]) {
    live.publish({ room, ...settingsEntity(row) });
  }
}

interface ProviderDeps {
  access: LiveAccess;
  questions: QuestionRepository;
  settings: SettingsRepository;
  contributors: SessionRoomContributor[];
}

/** The two room providers of a session ('session' and 'session-mod'); app.ts registers them with the hub. */
export function sessionRoomProviders({
  access,
  questions,
  settings,
  contributors,
}: ProviderDeps): LiveRoomProvider[] {
  async function snapshot(sessionId: string, audience: Audience): Promise<Entity[]> {
    const row = await settings.findSettings(sessionId);
    const entities: Entity[] = row
      ? [settingsEntity(row)]
      : [{ kind: 'live-session', id: sessionId, version: 0, data: toLiveSettings(sessionId, null) }];
    // Every question, the ones the audience may not see as removed (data null): a client that was
    // away while a question got hidden drops it when it merges the snapshot. Its votes entity comes
    // along at the same version, so a count the client got from either is replaced only by a newer one.
    for (const question of await questions.listQuestions(sessionId)) {
      entities.push(questionEntity(question, audience), votesEntity(question, audience));
    }
    for (const contributor of contributors) {
      entities.push(...(await contributor.snapshot(sessionId, audience)));
    }
    return entities;
  }
  return [
    {
      prefix: 'session',
      canJoin: (id: string, viewer: LiveViewer) => access.canJoinAudience(id, viewer),
      snapshot: (id: string) => snapshot(id, 'audience'),
    },
    {
      prefix: 'session-mod',
      canJoin: (id: string, viewer: LiveViewer) => access.canJoinModerators(id, viewer),
      snapshot: (id: string) => snapshot(id, 'moderators'),
    },
  ];
}
