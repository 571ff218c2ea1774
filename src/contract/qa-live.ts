/**
 * The Q&A's entities in a session's live rooms. A question travels as kind 'question' (its full
 * state); its upvote count also travels alone as kind 'question-votes', so a vote storm sends only
 * counts, not every question's text again. Both carry the question row's version (one counter, raised
 * by every change of the row, votes included), so whichever of the two a client holds at the higher
 * version has the newer count.
 */
export const QUESTION_KIND = 'question';
export const QUESTION_VOTES_KIND = 'question-votes';

/** The data of a 'question-votes' entity; the entity's id is the question's (not repeated: bytes). */
export interface QuestionVotes {
  voteCount: number;
}

interface Versioned<T> {
  version: number;
  data: T | null;
}

/**
 * The vote count a client shows for a question: the votes entity's count when it is newer than the
 * question entity, else the question's own. Pure; the answer does not depend on arrival order.
 */
export function currentVoteCount(
  question: Versioned<{ voteCount: number }>,
  votes: Versioned<QuestionVotes> | undefined,
): number {
  if (votes?.data && votes.version > question.version) {
    return votes.data.voteCount;
  }
  return question.data?.voteCount ?? 0;
}
