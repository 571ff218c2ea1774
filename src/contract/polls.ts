import { z } from 'zod';

/** Single choice, multiple choice, rating scale (1..scaleMax) and word cloud (short free text). */
export const POLL_KINDS = ['single', 'multiple', 'rating', 'words'] as const;
export type PollKind = (typeof POLL_KINDS)[number];

export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

/** Participants see results after voting, or only when the moderator shows them. */
export const RESULTS_VISIBILITY = ['after-vote', 'on-show'] as const;
export type ResultsVisibility = (typeof RESULTS_VISIBILITY)[number];

export const POLL_LIMITS = {
  questionMax: 200,
  optionsMin: 2,
  optionsMax: 10,
  optionMax: 120,
  scaleMin: 3,
  scaleMax: 10,
  wordMax: 30,
  wordsPerVote: 3,
  pollsPerSession: 30,
  /** The word cloud shows (and the room carries) the most frequent words only. */
  wordsShown: 50,
  /** Poll answers one person may send per minute. */
  votesPerMinute: 30,
} as const;

/** A poll as the moderator prepares it; what is required depends on the kind (checked by the server). */
export const pollInputSchema = z
  .object({
    kind: z.enum(POLL_KINDS),
    question: z.string().trim().min(1).max(POLL_LIMITS.questionMax),
    /** Answer options of single and multiple choice polls. */
    options: z
      .array(z.string().trim().min(1).max(POLL_LIMITS.optionMax))
      .max(POLL_LIMITS.optionsMax)
      .default([]),
    /** Multiple choice: how many options one may pick (default: all). */
    maxChoices: z.number().int().min(1).max(POLL_LIMITS.optionsMax).nullable().default(null),
    /** Rating: the top of the scale 1..scaleMax. */
    scaleMax: z.number().int().min(POLL_LIMITS.scaleMin).max(POLL_LIMITS.scaleMax).default(5),
    resultsVisibility: z.enum(RESULTS_VISIBILITY).default('after-vote'),
  })
  .strict();
export type PollInput = z.input<typeof pollInputSchema>;
export type PollFields = z.output<typeof pollInputSchema>;

export const pollOptionSchema = z.object({ id: z.string(), label: z.string() });
export type PollOption = z.infer<typeof pollOptionSchema>;

export const pollSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  kind: z.enum(POLL_KINDS),
  question: z.string(),
  /** Rating polls have one option per point of the scale, labelled "1".."n". */
  options: z.array(pollOptionSchema),
  maxChoices: z.number().int().nullable(),
  state: z.enum(POLL_STATES),
  resultsVisibility: z.enum(RESULTS_VISIBILITY),
  resultsShown: z.boolean(),
  position: z.number().int(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Poll = z.infer<typeof pollSchema>;

/** Exact counts: how many people answered, per option, and the most frequent words. */
export const pollTallySchema = z.object({
  pollId: z.string(),
  voters: z.number().int(),
  options: z.array(z.object({ optionId: z.string(), count: z.number().int() })),
  words: z.array(z.object({ word: z.string(), count: z.number().int() })),
});
export type PollTally = z.infer<typeof pollTallySchema>;

export const pollVoteInputSchema = z
  .object({
    optionIds: z.array(z.uuid()).max(POLL_LIMITS.optionsMax).default([]),
    words: z
      .array(z.string().trim().min(1).max(POLL_LIMITS.wordMax))
      .max(POLL_LIMITS.wordsPerVote)
      .default([]),
  })
  .strict();
export type PollVoteInput = z.input<typeof pollVoteInputSchema>;

export const myPollVoteSchema = z.object({ optionIds: z.array(z.string()), words: z.array(z.string()) });
export type MyPollVote = z.infer<typeof myPollVoteSchema>;

/** A poll on the participant's page: the results when they may see them, and their own answer. */
export const participantPollSchema = pollSchema.extend({
  tally: pollTallySchema.nullable(),
  myVote: myPollVoteSchema.nullable(),
});
export type ParticipantPoll = z.infer<typeof participantPollSchema>;

export const POLL_ACTIONS = ['open', 'close', 'show-results', 'hide-results'] as const;
export type PollAction = (typeof POLL_ACTIONS)[number];
export const pollActionSchema = z.object({ action: z.enum(POLL_ACTIONS) }).strict();

/** The moderator's view: every poll with its results. */
export const moderatorPollSchema = pollSchema.extend({ tally: pollTallySchema });
export type ModeratorPoll = z.infer<typeof moderatorPollSchema>;
