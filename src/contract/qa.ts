import { z } from 'zod';
import { LOCALES } from './locale.js';
import { SESSION_TYPES } from './program.js';

/** Limits shared by the form, the API and the abuse guards. */
export const QA_LIMITS = {
  questionMax: 300,
  nameMax: 80,
  /** Questions one person may ask per session and minute. */
  questionsPerMinute: 5,
  /** Upvotes and revocations one person may send per minute (all sessions). */
  votesPerMinute: 60,
} as const;

/**
 * Join codes: six characters from an alphabet without look-alikes (no I, L, O, 0, 1), so a code read
 * from a hall screen is easy to type. 31^6 ≈ 887 million codes; the lookup route is rate-limited.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Upper case without spaces or dashes: how a code typed as "k7m 4qx" is looked up. */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** A question's moderation state. 'merged' questions live on inside the question they were merged into. */
export const QUESTION_STATES = ['pending', 'approved', 'hidden', 'merged'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

export const QUESTION_SORTS = ['popular', 'recent'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

/** What a hall screen shows: the top questions, or one poll's results. */
export const SCREEN_MODES = ['questions', 'poll'] as const;
export type ScreenMode = (typeof SCREEN_MODES)[number];

/** A question as the audience sees it; `authorName` is null for anonymous questions in every view. */
export const questionSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  text: z.string(),
  authorName: z.string().nullable(),
  voteCount: z.number().int(),
  state: z.enum(QUESTION_STATES),
  isAnswered: z.boolean(),
  isPinned: z.boolean(),
  isEdited: z.boolean(),
  /** How many duplicates were merged into this question. */
  mergedCount: z.number().int(),
  mergedIntoId: z.string().nullable(),
  createdAt: z.string(),
});
export type Question = z.infer<typeof questionSchema>;

export const askQuestionSchema = z
  .object({
    text: z.string().trim().min(1).max(QA_LIMITS.questionMax),
    anonymous: z.boolean().default(false),
    /** A guest's name for a named question; a signed-in person's account name is used when empty. */
    name: z.string().trim().max(QA_LIMITS.nameMax).default(''),
  })
  .strict();
export type AskQuestionInput = z.input<typeof askQuestionSchema>;

export const editQuestionSchema = z
  .object({ text: z.string().trim().min(1).max(QA_LIMITS.questionMax) })
  .strict();

export const MODERATION_ACTIONS = ['approve', 'hide', 'answer', 'unanswer', 'pin', 'unpin'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const moderationActionSchema = z.object({ action: z.enum(MODERATION_ACTIONS) }).strict();
export const mergeQuestionSchema = z.object({ intoId: z.uuid() }).strict();

export const voteResultSchema = z.object({ voteCount: z.number().int(), hasVoted: z.boolean() });
export type VoteResult = z.infer<typeof voteResultSchema>;

export const screenSchema = z.object({
  mode: z.enum(SCREEN_MODES),
  pollId: z.string().nullable(),
});
export type Screen = z.infer<typeof screenSchema>;
export const screenInputSchema = z
  .object({ mode: z.enum(SCREEN_MODES), pollId: z.uuid().nullable().default(null) })
  .strict();

/** A session's live settings as everyone sees them (the join code is on the hall screen anyway). */
export const liveSettingsSchema = z.object({
  sessionId: z.string(),
  qaEnabled: z.boolean(),
  preApproval: z.boolean(),
  guestsAllowed: z.boolean(),
  joinCode: z.string().nullable(),
  screen: screenSchema,
});
export type LiveSettings = z.infer<typeof liveSettingsSchema>;

export const liveSettingsInputSchema = z
  .object({ qaEnabled: z.boolean(), preApproval: z.boolean(), guestsAllowed: z.boolean() })
  .strict();
export type LiveSettingsInput = z.infer<typeof liveSettingsInputSchema>;

/** The organizer's view adds whether a moderator link exists (its secret is shown only when issued). */
export const adminLiveSettingsSchema = liveSettingsSchema.extend({ hasModeratorLink: z.boolean() });
export type AdminLiveSettings = z.infer<typeof adminLiveSettingsSchema>;
export const moderatorLinkSchema = z.object({ url: z.string() });
export const moderatorAccessSchema = z.object({ key: z.string().min(20).max(100) }).strict();

/** Who the caller is on a live page, and what they may do there. */
export const liveViewerSchema = z.object({
  /** May ask, vote and answer polls (guests only when the organizer allows them). */
  canParticipate: z.boolean(),
  /** Guests are not allowed and the caller is not signed in. */
  needsSignIn: z.boolean(),
  isModerator: z.boolean(),
  isOrganizer: z.boolean(),
  isBlocked: z.boolean(),
});
export type LiveViewerInfo = z.infer<typeof liveViewerSchema>;

/** Everything the live page needs besides the room: the session, settings, and the caller's own state. */
export const liveSessionSchema = z.object({
  session: z.object({
    id: z.string(),
    type: z.enum(SESSION_TYPES),
    title: z.string(),
    room: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
  }),
  /** contentLanguage: the language of the organizers' texts (event and session titles). */
  event: z.object({
    slug: z.string(),
    title: z.string(),
    timeZone: z.string(),
    contentLanguage: z.enum(LOCALES),
  }),
  settings: liveSettingsSchema,
  viewer: liveViewerSchema,
  /** Ids of the questions the caller upvoted. */
  myVotes: z.array(z.string()),
  /** The caller's own questions, also while they wait for approval. */
  myQuestions: z.array(questionSchema),
});
export type LiveSession = z.infer<typeof liveSessionSchema>;

export const joinCodeParamsSchema = z.object({ code: z.string().min(1).max(20) });
export const joinResultSchema = z.object({ sessionId: z.string(), eventSlug: z.string() });

/** A person blocked from a session's Q&A: shown by the question that led to it (no identity for anonymous authors). */
export const qaBlockSchema = z.object({
  id: z.string(),
  authorName: z.string().nullable(),
  questionText: z.string(),
  createdAt: z.string(),
});
export type QaBlock = z.infer<typeof qaBlockSchema>;

/** The moderator's view: every question in every state, and the blocks. */
export const moderationSchema = z.object({
  questions: z.array(questionSchema),
  blocks: z.array(qaBlockSchema),
});
export type Moderation = z.infer<typeof moderationSchema>;

export const blockParamsSchema = z.object({ id: z.uuid(), blockId: z.uuid() });
