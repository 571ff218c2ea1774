import type { MyPollVote, Poll, PollTally } from '../../../contract/polls.js';
import type { PollRow, PollWithOptions, StoredTally } from './repository.js';

export function toPoll(row: PollWithOptions): Poll {
  return {
    id: row.id,
    sessionId: row.sessionId,
    kind: row.kind,
    question: row.question,
    options: row.options.map((o) => ({ id: o.id, label: o.label })),
    maxChoices: row.maxChoices,
    state: row.state,
    resultsVisibility: row.resultsVisibility,
    resultsShown: row.resultsShown === 1,
    position: row.position,
    openedAt: row.openedAt,
    closedAt: row.closedAt,
  };
}

export function toTally(stored: StoredTally): PollTally {
  return { pollId: stored.pollId, voters: stored.voters, options: stored.options, words: stored.words };
}

/**
 * Whether the audience's room carries a poll's results: never for drafts; for "after voting" polls
 * always (the page shows them once the person answered, the hall screen at once), for "when shown"
 * polls only after the moderator shows them.
 */
export function audienceSeesResults(
  poll: Pick<PollRow, 'state' | 'resultsVisibility' | 'resultsShown'>,
): boolean {
  return poll.state !== 'draft' && (poll.resultsVisibility === 'after-vote' || poll.resultsShown === 1);
}

/** Whether one participant sees the results on their page (REST): shown, or after their answer or the close. */
export function participantSeesResults(
  poll: Pick<PollRow, 'state' | 'resultsVisibility' | 'resultsShown'>,
  myVote: MyPollVote | null,
): boolean {
  if (poll.resultsShown === 1) {
    return true;
  }
  return poll.resultsVisibility === 'after-vote' && (myVote !== null || poll.state === 'closed');
}
