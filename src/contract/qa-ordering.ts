import type { QuestionSort } from './qa.js';

/** The fields ordering looks at; the audience's and the moderator's question shapes both have them. */
export interface RankedQuestion {
  id: string;
  voteCount: number;
  createdAt: string;
  isPinned: boolean;
  isAnswered: boolean;
  state: string;
}

function byPopularity(a: RankedQuestion, b: RankedQuestion): number {
  // More votes first; on a tie the earlier question first (it waited longer); the id keeps it total.
  return b.voteCount - a.voteCount || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

function byRecency(a: RankedQuestion, b: RankedQuestion): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/**
 * The audience's list: approved questions only; the pinned one ("on stage now") first, then open
 * questions, then answered ones, each group by popularity or recency. Pure; returns a new array.
 */
export function orderQuestions<T extends RankedQuestion>(questions: readonly T[], sort: QuestionSort): T[] {
  const compare = sort === 'popular' ? byPopularity : byRecency;
  const rank = (q: RankedQuestion) => (q.isPinned ? 0 : q.isAnswered ? 2 : 1);
  return questions.filter((q) => q.state === 'approved').sort((a, b) => rank(a) - rank(b) || compare(a, b));
}

/** The hall screen's and speaker's top questions: approved, open, not pinned, most popular first, at most `limit`. */
export function topQuestions<T extends RankedQuestion>(questions: readonly T[], limit: number): T[] {
  return questions
    .filter((q) => q.state === 'approved' && !q.isAnswered && !q.isPinned)
    .sort(byPopularity)
    .slice(0, limit);
}

/** The moderator's queue: questions waiting for approval, oldest first. */
export function approvalQueue<T extends RankedQuestion>(questions: readonly T[]): T[] {
  return questions
    .filter((q) => q.state === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
