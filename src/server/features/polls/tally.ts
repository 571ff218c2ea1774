import type { PollKind, PollTally } from '../../../contract/polls.js';
import type { FieldProblem } from '../../errors.js';
import { normalizeWords, type NormalizedWord } from './words.js';

/** What a vote checker needs to know about a poll. */
export interface PollShape {
  kind: PollKind;
  optionIds: readonly string[];
  maxChoices: number | null;
}

/** A vote as stored: the options chosen, or the words of a word cloud. */
export interface CheckedVote {
  optionIds: string[];
  words: NormalizedWord[];
}

/**
 * Checks a vote against its poll: single choice and rating take exactly one of the poll's options,
 * multiple choice one up to maxChoices distinct options, a word cloud one to three usable words.
 * Returns the vote to store, or the field problem to answer with.
 */
export function checkVote(
  poll: PollShape,
  input: { optionIds: readonly string[]; words: readonly string[] },
): CheckedVote | FieldProblem {
  if (poll.kind === 'words') {
    const words = input.optionIds.length === 0 ? normalizeWords(input.words) : null;
    return words && words.length > 0 ? { optionIds: [], words } : { field: 'words', key: 'field.poll_words' };
  }
  const chosen = [...new Set(input.optionIds)];
  const known = chosen.every((id) => poll.optionIds.includes(id));
  const max = poll.kind === 'multiple' ? (poll.maxChoices ?? poll.optionIds.length) : 1;
  if (!known || input.words.length > 0 || chosen.length !== input.optionIds.length) {
    return { field: 'optionIds', key: 'field.poll_option_unknown' };
  }
  if (chosen.length < 1 || chosen.length > max) {
    return { field: 'optionIds', key: 'field.poll_choices_count', params: { max } };
  }
  return { optionIds: chosen, words: [] };
}

/** True when `checkVote` refused the vote. */
export function isFieldProblem(result: CheckedVote | FieldProblem): result is FieldProblem {
  return 'field' in result;
}

/**
 * The exact tally computed from the stored votes: the reference that the counters the database keeps
 * (poll_options.vote_count, poll_words.vote_count, polls.voter_count) must always equal.
 */
export function tallyVotes(
  pollId: string,
  optionIds: readonly string[],
  votes: readonly CheckedVote[],
  wordsShown: number,
): PollTally {
  const optionCounts = new Map(optionIds.map((id) => [id, 0]));
  const words = new Map<string, { word: string; count: number }>();
  for (const vote of votes) {
    for (const id of vote.optionIds) {
      optionCounts.set(id, (optionCounts.get(id) ?? 0) + 1);
    }
    for (const w of vote.words) {
      const entry = words.get(w.key) ?? { word: w.display, count: 0 };
      entry.count += 1;
      words.set(w.key, entry);
    }
  }
  return {
    pollId,
    voters: votes.length,
    options: optionIds.map((optionId) => ({ optionId, count: optionCounts.get(optionId) ?? 0 })),
    words: topWords([...words.values()], wordsShown),
  };
}

/** The most frequent words, ties alphabetically, at most `limit`. */
export function topWords<T extends { word: string; count: number }>(words: readonly T[], limit: number): T[] {
  return [...words].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'de')).slice(0, limit);
}
