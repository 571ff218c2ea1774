import type { Insertable, Kysely } from 'kysely';
import {
  POLL_LIMITS,
  type ModeratorPoll,
  type MyPollVote,
  type ParticipantPoll,
  type PollAction,
  type PollFields,
  type PollVoteInput,
} from '../../../contract/polls.js';
import type { LiveSettings, ScreenMode } from '../../../contract/qa.js';
import type { Clock } from '../../clock.js';
import type { Database, PollOptionsTable } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { LiveHub, LiveViewer } from '../../live/index.js';
import {
  createRateLimiter,
  moderatorRoom,
  viewerKeys,
  type IssueGuest,
  type LiveAccess,
  type LiveSettingsService,
  type RateLimiter,
} from '../qa/index.js';
import type { Locale } from '../../../contract/locale.js';
import type { Actor } from '../../plugins/auth.js';
import { pollResultsCsv } from './export.js';
import { publishPoll } from './live.js';
import { participantSeesResults, toPoll, toTally } from './mapping.js';
import { createPollRepository, type PollRow, type PollWithOptions } from './repository.js';
import { checkVote, isFieldProblem } from './tally.js';
import { createTallyPublisher } from './tally-publisher.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  live: Pick<LiveHub, 'publish' | 'publishCoalesced'>;
  access: LiveAccess;
  settings: Pick<LiveSettingsService, 'setScreen' | 'sessionForExport'>;
  /** Per-person limit on answers; tests and benchmarks may pass their own. */
  voteLimit?: RateLimiter;
  /** Per client address, shared with the Q&A's votes (LIVE_WRITES_PER_ADDRESS_PER_MINUTE). */
  addressLimit?: RateLimiter;
}

/** What a moderator's poll action changes, and the states it may start from. */
function actionChanges(
  action: PollAction,
  now: string,
): { changes: Partial<PollRow>; from: PollRow['state'][] } {
  switch (action) {
    case 'open':
      return { changes: { state: 'open', openedAt: now, closedAt: null }, from: ['draft', 'closed'] };
    case 'close':
      return { changes: { state: 'closed', closedAt: now }, from: ['open'] };
    case 'show-results':
      return { changes: { resultsShown: 1 }, from: ['open', 'closed'] };
    case 'hide-results':
      return { changes: { resultsShown: 0 }, from: ['open', 'closed'] };
  }
}

/** The options a poll of this kind stores: the given ones, "1".."n" for a rating scale, none for a word cloud. */
function optionRows(pollId: string, fields: PollFields): Insertable<PollOptionsTable>[] {
  const labels =
    fields.kind === 'rating'
      ? Array.from({ length: fields.scaleMax }, (_, i) => String(i + 1))
      : fields.kind === 'words'
        ? []
        : fields.options;
  return labels.map((label, position) => ({ id: newId(), pollId, position, label }));
}

function checkFields(fields: PollFields): void {
  const choice = fields.kind === 'single' || fields.kind === 'multiple';
  if (choice && fields.options.length < POLL_LIMITS.optionsMin) {
    throw fieldError('options', 'field.options_required');
  }
  if (
    choice &&
    new Set(fields.options.map((o) => o.toLocaleLowerCase('de'))).size !== fields.options.length
  ) {
    throw fieldError('options', 'field.duplicate_option');
  }
  if (fields.kind === 'multiple' && fields.maxChoices !== null && fields.maxChoices > fields.options.length) {
    throw fieldError('maxChoices', 'field.too_big.number', { maximum: fields.options.length });
  }
}

/** Live polls: the moderator prepares, opens, closes and shows them; the audience answers once each. */
export function createPollService({ db, clock, live, access, settings, voteLimit, addressLimit }: Deps) {
  const repo = createPollRepository(db);
  const tallies = createTallyPublisher(repo, live);
  const limit = voteLimit ?? createRateLimiter({ clock, max: POLL_LIMITS.votesPerMinute, windowMs: 60_000 });
  const now = () => clock.now().toISOString();

  async function moderatedPoll(pollId: string, viewer: LiveViewer): Promise<PollWithOptions> {
    const poll = await repo.findPoll(pollId);
    if (!poll) {
      throw new AppError('not_found');
    }
    await access.requireModerator(poll.sessionId, viewer);
    return poll;
  }

  async function withTally(poll: PollWithOptions): Promise<ModeratorPoll> {
    const tally = await repo.readTally(poll.id);
    return { ...toPoll(poll), tally: toTally(tally!) };
  }

  /** Reads the poll back after a change, publishes it and its results, and answers the moderator's view. */
  async function publishChanged(pollId: string): Promise<ModeratorPoll> {
    const poll = (await repo.findPoll(pollId))!;
    const tally = (await repo.readTally(pollId))!;
    publishPoll(live, poll, tally);
    return { ...toPoll(poll), tally: toTally(tally) };
  }

  function participantPoll(
    poll: PollWithOptions,
    myVote: MyPollVote | null,
    tally: ModeratorPoll['tally'],
  ): ParticipantPoll {
    return { ...toPoll(poll), myVote, tally: participantSeesResults(poll, myVote) ? tally : null };
  }

  return {
    /** The polls the audience sees (not drafts), each with the caller's answer and the results they may see. */
    async listForParticipant(sessionId: string, viewer: LiveViewer): Promise<ParticipantPoll[]> {
      const ctx = await access.context(sessionId, viewer);
      if (!ctx.isModerator && !(await access.canJoinAudience(sessionId, viewer))) {
        throw new AppError('unauthenticated');
      }
      const answers = await repo.answersOf(sessionId, viewerKeys(viewer));
      const polls = (await repo.listPolls(sessionId)).filter((p) => p.state !== 'draft');
      const result: ParticipantPoll[] = [];
      for (const poll of polls) {
        result.push(participantPoll(poll, answers.get(poll.id) ?? null, (await withTally(poll)).tally));
      }
      return result;
    },

    /** Answers an open poll once (the database refuses a second answer); the results update live. */
    async vote(pollId: string, viewer: LiveViewer, issueGuest: IssueGuest, input: Required<PollVoteInput>) {
      const poll = await repo.findPoll(pollId);
      if (!poll || poll.state === 'draft') {
        throw new AppError('not_found');
      }
      const ctx = await access.context(poll.sessionId, viewer);
      if (poll.state !== 'open') {
        throw new AppError('invalid_state');
      }
      const checked = checkVote(
        { kind: poll.kind, optionIds: poll.options.map((o) => o.id), maxChoices: poll.maxChoices },
        input,
      );
      if (isFieldProblem(checked)) {
        throw new AppError('validation_failed', [checked]);
      }
      // Per client address too: a guest identity is cheap to get, an address is not.
      if (addressLimit && viewer.address !== undefined && !addressLimit.take(`votes:${viewer.address}`)) {
        throw new AppError('rate_limited');
      }
      const voter = await access.requireVoter(ctx, issueGuest);
      if (!limit.take(voter.key)) {
        throw new AppError('rate_limited');
      }
      await repo.recordVote(pollId, voter, checked, now());
      tallies.changed(pollId);
      const myVote = { optionIds: checked.optionIds, words: checked.words.map((w) => w.key) };
      return participantPoll(poll, myVote, (await withTally(poll)).tally);
    },

    /** Every poll of the session with its results (moderators). */
    async listForModerator(sessionId: string, viewer: LiveViewer): Promise<ModeratorPoll[]> {
      await access.requireModerator(sessionId, viewer);
      const result: ModeratorPoll[] = [];
      for (const poll of await repo.listPolls(sessionId)) {
        result.push(await withTally(poll));
      }
      return result;
    },

    /** Prepares a poll as a draft (the audience does not see it until it is opened). */
    async create(sessionId: string, viewer: LiveViewer, fields: PollFields): Promise<ModeratorPoll> {
      await access.requireModerator(sessionId, viewer);
      checkFields(fields);
      if ((await repo.countPolls(sessionId)) >= POLL_LIMITS.pollsPerSession) {
        throw new AppError('invalid_state');
      }
      const id = newId();
      const at = now();
      await repo.insertPoll(
        {
          id,
          sessionId,
          kind: fields.kind,
          question: fields.question,
          maxChoices: fields.kind === 'multiple' ? fields.maxChoices : null,
          state: 'draft',
          resultsVisibility: fields.resultsVisibility,
          position: await repo.nextPosition(sessionId),
          version: 1,
          tallyVersion: 1,
          openedAt: null,
          closedAt: null,
          createdAt: at,
          updatedAt: at,
        },
        optionRows(id, fields),
      );
      return publishChanged(id);
    },

    /** Replaces a draft's question and options (a poll that was opened keeps its answers unchanged). */
    async update(pollId: string, viewer: LiveViewer, fields: PollFields): Promise<ModeratorPoll> {
      await moderatedPoll(pollId, viewer);
      checkFields(fields);
      const replaced = await repo.replaceDraft(
        pollId,
        {
          kind: fields.kind,
          question: fields.question,
          maxChoices: fields.kind === 'multiple' ? fields.maxChoices : null,
          resultsVisibility: fields.resultsVisibility,
          updatedAt: now(),
        },
        optionRows(pollId, fields),
      );
      if (!replaced) {
        throw new AppError('invalid_state');
      }
      return publishChanged(pollId);
    },

    /** Removes a draft. */
    async remove(pollId: string, viewer: LiveViewer): Promise<void> {
      const poll = await moderatedPoll(pollId, viewer);
      if (!(await repo.deleteDraft(pollId))) {
        throw new AppError('invalid_state');
      }
      // Only moderators ever saw the draft.
      live.publish({
        room: moderatorRoom(poll.sessionId),
        kind: 'poll',
        id: pollId,
        version: poll.version + 1,
        data: null,
      });
    },

    /** Opens (and puts on the hall screen), closes, shows or hides the results of a poll. */
    async act(pollId: string, viewer: LiveViewer, action: PollAction): Promise<ModeratorPoll> {
      const poll = await moderatedPoll(pollId, viewer);
      const { changes, from } = actionChanges(action, now());
      const changed = await repo.changePoll(pollId, { ...changes, updatedAt: now() }, from);
      if (!changed) {
        throw new AppError('invalid_state');
      }
      const result = await publishChanged(pollId);
      if (action === 'open') {
        await settings.setScreen(poll.sessionId, viewer, 'poll', pollId);
      }
      return result;
    },

    /** What the hall screen shows: the top questions, or one of the session's polls that is not a draft. */
    async setScreen(
      sessionId: string,
      viewer: LiveViewer,
      mode: ScreenMode,
      pollId: string | null,
    ): Promise<LiveSettings> {
      await access.requireModerator(sessionId, viewer);
      if (mode === 'poll') {
        const poll = pollId ? await repo.findPoll(pollId) : undefined;
        if (!poll || poll.sessionId !== sessionId || poll.state === 'draft') {
          throw fieldError('pollId', 'field.poll_unknown');
        }
      }
      return settings.setScreen(sessionId, viewer, mode, mode === 'poll' ? pollId : null);
    },

    /** The session's poll results as CSV (organizers). */
    async exportResults(actor: Actor, sessionId: string, locale: Locale) {
      const session = await settings.sessionForExport(actor, sessionId);
      const rows = [];
      for (const poll of await repo.listPolls(sessionId)) {
        rows.push({ poll, tally: (await repo.readTally(poll.id))!, words: await repo.listWords(poll.id) });
      }
      return pollResultsCsv(rows, session, locale);
    },

    /** Resolves when every pending results update has been published (tests). */
    settled: () => tallies.settled(),
  };
}
export type PollService = ReturnType<typeof createPollService>;
