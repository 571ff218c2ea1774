import type { LiveHub, LiveMessage } from '../../live/index.js';
import { audienceRoom, moderatorRoom, type Audience, type SessionRoomContributor } from '../qa/index.js';
import { audienceSeesResults, toPoll, toTally } from './mapping.js';
import type { PollRepository, PollRow, PollWithOptions, StoredTally } from './repository.js';

type Entity = Omit<LiveMessage, 'room'>;

/** A poll as an entity of a room: the audience never sees drafts. */
export function pollEntity(poll: PollWithOptions, audience: Audience): Entity {
  const visible = audience === 'moderators' || poll.state !== 'draft';
  return { kind: 'poll', id: poll.id, version: poll.version, data: visible ? toPoll(poll) : null };
}

/** A poll's results as an entity: the audience's room carries them only where it may see them. */
export function tallyEntity(
  poll: Pick<PollRow, 'state' | 'resultsVisibility' | 'resultsShown'>,
  tally: StoredTally,
  audience: Audience,
): Entity {
  const visible = audience === 'moderators' || audienceSeesResults(poll);
  return {
    kind: 'poll-tally',
    id: tally.pollId,
    version: tally.tallyVersion,
    data: visible ? toTally(tally) : null,
  };
}

const rooms = (sessionId: string) =>
  [
    ['audience', audienceRoom(sessionId)],
    ['moderators', moderatorRoom(sessionId)],
  ] as const;

/** Publishes a poll and its results to both rooms at once (after a moderator's change). */
export function publishPoll(live: Pick<LiveHub, 'publish'>, poll: PollWithOptions, tally: StoredTally): void {
  for (const [audience, room] of rooms(poll.sessionId)) {
    live.publish({ room, ...pollEntity(poll, audience) });
    live.publish({ room, ...tallyEntity(poll, tally, audience) });
  }
}

/** Publishes new results coalesced: under a vote storm at most ~10 updates per second per poll and room. */
export function publishTally(
  live: Pick<LiveHub, 'publishCoalesced'>,
  poll: Pick<PollRow, 'sessionId' | 'state' | 'resultsVisibility' | 'resultsShown'>,
  tally: StoredTally,
): void {
  for (const [audience, room] of rooms(poll.sessionId)) {
    live.publishCoalesced({ room, ...tallyEntity(poll, tally, audience) });
  }
}

/** The polls' share of a session's rooms: every poll (drafts as removed for the audience) with its results. */
export function pollRoomContributor(repo: PollRepository): SessionRoomContributor {
  return {
    async snapshot(sessionId, audience) {
      const entities: Entity[] = [];
      for (const poll of await repo.listPolls(sessionId)) {
        entities.push(pollEntity(poll, audience));
        const tally = await repo.readTally(poll.id);
        if (tally) {
          entities.push(tallyEntity(poll, tally, audience));
        }
      }
      return entities;
    },
  };
}
