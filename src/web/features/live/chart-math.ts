import type { Poll, PollTally } from '../../../contract/polls.js';

/** One bar of a poll's chart. */
export interface Bar {
  id: string;
  label: string;
  count: number;
  /** Whole percent of the participants (multiple choice may add up to more than 100). */
  percent: number;
}

/** The bars of a choice or rating poll, in the poll's order; counts from the tally (0 when missing). */
export function pollBars(poll: Pick<Poll, 'options'>, tally: PollTally): Bar[] {
  return poll.options.map((option) => {
    const count = tally.options.find((o) => o.optionId === option.id)?.count ?? 0;
    return {
      id: option.id,
      label: option.label,
      count,
      percent: tally.voters === 0 ? 0 : Math.round((count / tally.voters) * 100),
    };
  });
}

/** The mean of a rating poll (options labelled 1..n), one decimal; null without votes. */
export function ratingAverage(bars: readonly Bar[]): number | null {
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) {
    return null;
  }
  const sum = bars.reduce((s, b) => s + Number(b.label) * b.count, 0);
  return Math.round((sum / total) * 10) / 10;
}

/** A word's size step in the cloud (1..5) relative to the most frequent word. */
export function wordWeight(count: number, max: number): number {
  if (max <= 0) {
    return 1;
  }
  return 1 + Math.round((count / max) * 4);
}
