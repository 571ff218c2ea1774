import { useMemo } from 'react';
import type { Poll, PollTally } from '../../../contract/polls.js';
import { currentVoteCount, QUESTION_VOTES_KIND, type QuestionVotes } from '../../../contract/qa-live.js';
import type { LiveSettings, Question } from '../../../contract/qa.js';
import type { LiveEntity, LiveStatus } from '../../app/live-client.js';
import { useLiveRoom } from '../../app/use-live-room.js';

/** What a session's room holds, typed: its settings, questions, polls and their results. */
export interface SessionRoomView {
  status: LiveStatus;
  settings: LiveSettings | null;
  questions: Question[];
  /** Polls by position. */
  polls: Poll[];
  tallies: ReadonlyMap<string, PollTally>;
}

/**
 * Sorts a room's entities into typed lists (removed entities, data null, are left out). A question's
 * vote count is the newer of its own and its 'question-votes' entity's (see contract/qa-live.ts).
 */
export function roomView(entities: ReadonlyMap<string, LiveEntity>, status: LiveStatus): SessionRoomView {
  let settings: LiveSettings | null = null;
  const questionEntities: LiveEntity[] = [];
  const votes = new Map<string, LiveEntity>();
  const polls: Poll[] = [];
  const tallies = new Map<string, PollTally>();
  for (const entity of entities.values()) {
    if (entity.kind === QUESTION_VOTES_KIND) {
      votes.set(entity.id, entity);
      continue;
    }
    if (entity.data === null) {
      continue;
    }
    switch (entity.kind) {
      case 'live-session':
        settings = entity.data as LiveSettings;
        break;
      case 'question':
        questionEntities.push(entity);
        break;
      case 'poll':
        polls.push(entity.data as Poll);
        break;
      case 'poll-tally':
        tallies.set(entity.id, entity.data as PollTally);
        break;
      default:
        break;
    }
  }
  const questions = questionEntities.map((entity) => {
    const question = entity.data as Question;
    const voteCount = currentVoteCount(
      { version: entity.version, data: question },
      votes.get(entity.id) as { version: number; data: QuestionVotes | null } | undefined,
    );
    return voteCount === question.voteCount ? question : { ...question, voteCount };
  });
  polls.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return { status, settings, questions, polls, tallies };
}

/** The audience's room (participants, hall screen, speaker) or the moderators' room of a session. */
export function useSessionRoom(
  sessionId: string | null,
  audience: 'audience' | 'moderators',
): SessionRoomView {
  const room = sessionId ? `${audience === 'moderators' ? 'session-mod' : 'session'}:${sessionId}` : null;
  const state = useLiveRoom(room);
  return useMemo(() => roomView(state.entities, state.status), [state.entities, state.status]);
}
