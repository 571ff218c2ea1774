import type { Kysely } from 'kysely';
import {
  QA_LIMITS,
  type AskQuestionInput,
  type LiveSession,
  type ModerationAction,
  type Moderation,
  type Question,
  type VoteResult,
} from '../../../contract/qa.js';
import { toLocale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { LiveHub, LiveViewer } from '../../live/index.js';
import type { IssueGuest, LiveAccess, LiveContext } from './access.js';
import { publishQuestions, publishVoteCount } from './live.js';
import { toLiveSettings, toQuestion } from './mapping.js';
import { canMerge } from './merge.js';
import { mayParticipate, primaryVoter, viewerKeys, type Voter } from './policy.js';
import { createRateLimiter, type AddressLimits, type RateLimiter } from './rate-limit.js';
import { createQuestionRepository, type QuestionRow } from './repository.js';
import { findPersonName } from './settings-repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  live: Pick<LiveHub, 'publish' | 'publishCoalesced'>;
  access: LiveAccess;
  /** Per-person limits; tests and benchmarks may pass their own. */
  limits?: { questions: RateLimiter; votes: RateLimiter };
  /** Per client address (see createAddressLimits); none: no per-address limit. */
  addressLimits?: AddressLimits;
}

/** What a moderation action changes, and the states it may start from. */
const ACTIONS: Record<ModerationAction, { changes: Partial<QuestionRow>; from: QuestionRow['state'][] }> = {
  approve: { changes: { state: 'approved' }, from: ['pending', 'hidden'] },
  hide: { changes: { state: 'hidden', isPinned: 0 }, from: ['pending', 'approved'] },
  answer: { changes: { isAnswered: 1, isPinned: 0 }, from: ['approved'] },
  unanswer: { changes: { isAnswered: 0 }, from: ['approved'] },
  pin: { changes: { isPinned: 1 }, from: ['approved'] },
  unpin: { changes: { isPinned: 0 }, from: ['approved', 'pending', 'hidden'] },
};

/** Audience questions: asking, upvoting, and moderation (approve, edit, merge, hide, answer, pin, block). */
export function createQaService({ db, clock, live, access, limits, addressLimits }: Deps) {
  const repo = createQuestionRepository(db);
  const minute = 60_000;
  const questionLimit =
    limits?.questions ?? createRateLimiter({ clock, max: QA_LIMITS.questionsPerMinute, windowMs: minute });
  const voteLimit =
    limits?.votes ?? createRateLimiter({ clock, max: QA_LIMITS.votesPerMinute, windowMs: minute });
  // Per client address too: a guest identity is cheap to get, an address is not.
  const byAddress = (limit: RateLimiter | undefined, viewer: LiveViewer, key: string) =>
    !limit || viewer.address === undefined || limit.take(`${key}:${viewer.address}`);
  const now = () => clock.now().toISOString();

  async function questionContext(questionId: string, viewer: LiveViewer) {
    const question = await repo.findQuestion(questionId);
    if (!question) {
      throw new AppError('not_found');
    }
    return { question, ctx: await access.context(question.sessionId, viewer) };
  }

  async function moderatedQuestion(questionId: string, viewer: LiveViewer) {
    const question = await repo.findQuestion(questionId);
    if (!question) {
      throw new AppError('not_found');
    }
    await access.requireModerator(question.sessionId, viewer);
    return question;
  }

  async function voterFor(ctx: LiveContext, issueGuest: IssueGuest): Promise<Voter> {
    const voter = await access.requireVoter(ctx, issueGuest);
    if (await repo.isBlocked(ctx.session.id, [voter.key, ...viewerKeys(ctx.viewer)])) {
      throw new AppError('forbidden');
    }
    return voter;
  }

  function published(rows: QuestionRow[]): void {
    publishQuestions(live, rows);
  }

  return {
    /** The live page's data for one viewer: session, settings, rights, own votes and own questions. */
    async getLiveSession(sessionId: string, viewer: LiveViewer): Promise<LiveSession> {
      const ctx = await access.context(sessionId, viewer);
      const keys = viewerKeys(viewer);
      const { session } = ctx;
      return {
        session: {
          id: session.id,
          type: session.type,
          title: session.title,
          room: session.room,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
        },
        event: {
          slug: session.eventSlug,
          title: session.eventTitle,
          timeZone: session.timeZone,
          contentLanguage: toLocale(session.contentLanguage),
        },
        settings: toLiveSettings(sessionId, ctx.settings),
        viewer: {
          canParticipate: session.eventStatus === 'published' && mayParticipate(ctx.settings, viewer),
          needsSignIn: !mayParticipate(ctx.settings, viewer),
          isModerator: ctx.isModerator,
          isOrganizer: viewer.isOrganizer,
          isBlocked: await repo.isBlocked(sessionId, keys),
        },
        myVotes: await repo.votedQuestionIds(sessionId, keys),
        myQuestions: (await repo.listByAuthor(sessionId, keys)).map(toQuestion),
      };
    },

    /** The approved questions (oldest first), as the audience's room shows them. */
    async listQuestions(sessionId: string, viewer: LiveViewer): Promise<Question[]> {
      const ctx = await access.context(sessionId, viewer);
      if (!ctx.isModerator && !mayParticipate(ctx.settings, viewer)) {
        throw new AppError('unauthenticated');
      }
      return (await repo.listQuestions(sessionId, ['approved'])).map(toQuestion);
    },

    /** Asks a question (plain text, at most 300 characters); waits for approval when the session wants it. */
    async ask(
      sessionId: string,
      viewer: LiveViewer,
      issueGuest: IssueGuest,
      input: Required<AskQuestionInput>,
    ) {
      const ctx = await access.context(sessionId, viewer);
      if (!ctx.settings || ctx.settings.qaEnabled !== 1) {
        throw new AppError('invalid_state');
      }
      if (!byAddress(addressLimits?.questions, viewer, sessionId)) {
        throw new AppError('rate_limited');
      }
      const voter = await voterFor(ctx, issueGuest);
      if (!questionLimit.take(`${sessionId}:${voter.key}`)) {
        throw new AppError('rate_limited');
      }
      const name = input.anonymous
        ? null
        : input.name || (voter.personId ? await findPersonName(db, voter.personId) : null);
      if (!input.anonymous && !name) {
        throw fieldError('name', 'field.required');
      }
      const at = now();
      const row = await repo.insertQuestion({
        id: newId(),
        sessionId,
        authorKey: voter.key,
        authorPersonId: voter.personId,
        isAnonymous: input.anonymous ? 1 : 0,
        authorName: name,
        text: input.text,
        state: ctx.settings.preApproval === 1 ? 'pending' : 'approved',
        mergedIntoId: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      published([row]);
      return toQuestion(row);
    },

    /** Upvotes a question (once per person; repeating is harmless); the count is exact. */
    async upvote(questionId: string, viewer: LiveViewer, issueGuest: IssueGuest): Promise<VoteResult> {
      const { ctx } = await questionContext(questionId, viewer);
      if (!byAddress(addressLimits?.votes, viewer, 'votes')) {
        throw new AppError('rate_limited');
      }
      const voter = await voterFor(ctx, issueGuest);
      if (!voteLimit.take(voter.key)) {
        throw new AppError('rate_limited');
      }
      const { row, changed } = await repo.addVote(questionId, voter, now());
      if (changed) {
        publishVoteCount(live, row);
      }
      return { voteCount: row.voteCount, hasVoted: true };
    },

    /** Takes an upvote back (revoking one never cast changes nothing). */
    async revokeVote(questionId: string, viewer: LiveViewer): Promise<VoteResult> {
      const { ctx } = await questionContext(questionId, viewer);
      const voter = primaryVoter(ctx.viewer);
      if (!voter) {
        throw new AppError('unauthenticated');
      }
      if (!voteLimit.take(voter.key)) {
        throw new AppError('rate_limited');
      }
      const { row, changed } = await repo.removeVote(questionId, voter);
      if (changed) {
        publishVoteCount(live, row);
      }
      return { voteCount: row.voteCount, hasVoted: false };
    },

    /** Approve, hide, mark answered (or not), pin "on stage now" (unpinning any other) or unpin. */
    async moderate(questionId: string, viewer: LiveViewer, action: ModerationAction): Promise<Question> {
      const question = await moderatedQuestion(questionId, viewer);
      if (action === 'pin') {
        const rows = await repo.pinQuestion(questionId, question.sessionId, now());
        published(rows);
        return toQuestion(rows[rows.length - 1]!);
      }
      const { changes, from } = ACTIONS[action];
      const row = await repo.changeQuestion(questionId, changes, from, now());
      if (!row) {
        throw new AppError('invalid_state');
      }
      published([row]);
      return toQuestion(row);
    },

    /** Corrects a typo; the question is marked as edited. */
    async editText(questionId: string, viewer: LiveViewer, text: string): Promise<Question> {
      await moderatedQuestion(questionId, viewer);
      const row = await repo.changeQuestion(
        questionId,
        { text, isEdited: 1 },
        ['pending', 'approved', 'hidden'],
        now(),
      );
      if (!row) {
        throw new AppError('invalid_state');
      }
      published([row]);
      return toQuestion(row);
    },

    /** Merges a duplicate into another question of the session; returns the merged-into question. */
    async merge(duplicateId: string, viewer: LiveViewer, intoId: string): Promise<Question> {
      const duplicate = await moderatedQuestion(duplicateId, viewer);
      const target = await repo.findQuestion(intoId);
      if (!target || !canMerge(target, duplicate)) {
        throw fieldError('intoId', 'field.merge_target');
      }
      const rows = await repo.mergeQuestions(duplicateId, intoId, now());
      published(rows);
      return toQuestion(rows[1]!);
    },

    /** Blocks the question's author from this session's Q&A (without revealing who it is). */
    async blockAuthor(questionId: string, viewer: LiveViewer): Promise<void> {
      const question = await moderatedQuestion(questionId, viewer);
      await repo.block({
        id: newId(),
        sessionId: question.sessionId,
        voterKey: question.authorKey,
        questionId,
        createdAt: now(),
      });
    },

    /** Lifts a block. */
    async unblock(sessionId: string, blockId: string, viewer: LiveViewer): Promise<void> {
      await access.requireModerator(sessionId, viewer);
      if (!(await repo.deleteBlock(sessionId, blockId))) {
        throw new AppError('not_found');
      }
    },

    /** The moderator's view: every question in every state, and the blocks. */
    async getModeration(sessionId: string, viewer: LiveViewer): Promise<Moderation> {
      await access.requireModerator(sessionId, viewer);
      const blocks = await repo.listBlocks(sessionId);
      return {
        questions: (await repo.listQuestions(sessionId)).map(toQuestion),
        blocks: blocks.map((b) => ({
          id: b.id,
          createdAt: b.createdAt,
          questionText: b.questionText ?? '',
          authorName: b.authorName ?? null,
        })),
      };
    },
  };
}
export type QaService = ReturnType<typeof createQaService>;
