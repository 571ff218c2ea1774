import type { Kysely } from 'kysely';
import { MIN_GROUP_SIZE, type Figure } from '../../../contract/retrospective.js';
import type { Locale } from '../../../contract/locale.js';
import type { Database } from '../../db/schema.js';
import { countItem, emptyFigure, guardGroup, shareItem, toCount } from './figure-shape.js';

type Db = Kysely<Database>;

/** Questions shown in the top list. */
const TOP_QUESTIONS = 5;
const TOP_WORDS = 5;

/**
 * The most upvoted approved audience questions of the event's sessions (read-only SQL on the Q&A
 * tables). The group is everyone who asked or voted; a vote count of one or two people is withheld.
 */
export async function topQuestionsFigure(db: Db, eventId: string): Promise<Figure> {
  const questions = await db
    .selectFrom('qaQuestions')
    .innerJoin('programSessions', 'programSessions.id', 'qaQuestions.sessionId')
    .select(['qaQuestions.text', 'qaQuestions.voteCount', 'qaQuestions.authorKey'])
    .where('programSessions.eventId', '=', eventId)
    .where('qaQuestions.state', '=', 'approved')
    .orderBy('qaQuestions.voteCount', 'desc')
    .orderBy('qaQuestions.createdAt', 'asc')
    .execute();
  const voters = await db
    .selectFrom('qaVotes')
    .innerJoin('qaQuestions', 'qaQuestions.id', 'qaVotes.questionId')
    .innerJoin('programSessions', 'programSessions.id', 'qaQuestions.sessionId')
    .select('qaVotes.voterKey')
    .distinct()
    .where('programSessions.eventId', '=', eventId)
    .execute();
  const people = new Set([...questions.map((q) => q.authorKey), ...voters.map((v) => v.voterKey)]);
  const top = questions.slice(0, TOP_QUESTIONS);
  const figure = emptyFigure('topQuestions', people.size);
  return guardGroup({
    ...figure,
    value: questions.length,
    items: top.map((q) => {
      const votes = toCount(q.voteCount);
      return { label: q.text, value: votes >= MIN_GROUP_SIZE ? votes : null, percent: null };
    }),
  });
}

/**
 * Results of the event's closed polls; a poll answered by fewer than three people is left out
 * (counted in hiddenItems), and so is an option or word chosen by one or two.
 */
export async function pollsFigure(db: Db, eventId: string): Promise<Figure> {
  const polls = await db
    .selectFrom('polls')
    .innerJoin('programSessions', 'programSessions.id', 'polls.sessionId')
    .select(['polls.id', 'polls.kind', 'polls.question', 'polls.voterCount'])
    .where('programSessions.eventId', '=', eventId)
    .where('polls.state', '=', 'closed')
    .orderBy('programSessions.startsAt')
    .orderBy('polls.position')
    .execute();
  const voters = await db
    .selectFrom('pollVotes')
    .innerJoin('polls', 'polls.id', 'pollVotes.pollId')
    .innerJoin('programSessions', 'programSessions.id', 'polls.sessionId')
    .select('pollVotes.voterKey')
    .distinct()
    .where('programSessions.eventId', '=', eventId)
    .where('polls.state', '=', 'closed')
    .execute();
  const figure = emptyFigure('polls', voters.length);
  const shown = polls.filter((p) => toCount(p.voterCount) >= MIN_GROUP_SIZE);
  for (const poll of shown) {
    const count = toCount(poll.voterCount);
    const lines =
      poll.kind === 'words'
        ? await db
            .selectFrom('pollWords')
            .select(['word as label', 'voteCount'])
            .where('pollId', '=', poll.id)
            .orderBy('voteCount', 'desc')
            .orderBy('word')
            .limit(TOP_WORDS)
            .execute()
        : await db
            .selectFrom('pollOptions')
            .select(['label', 'voteCount'])
            .where('pollId', '=', poll.id)
            .orderBy('position')
            .execute();
    figure.groups.push({
      label: poll.question,
      value: count,
      items: lines.map((line) => countItem(line.label, toCount(line.voteCount), count)),
    });
  }
  return guardGroup({ ...figure, value: shown.length, hiddenItems: polls.length - shown.length });
}

/** Survey answers: share who met a potential project partner (percent), will come again, average rating. */
export async function surveyFigure(db: Db, eventId: string, _locale: Locale): Promise<Figure> {
  const answers = await db
    .selectFrom('surveyResponses')
    .select(['rating', 'metPartners', 'willReturn'])
    .where('eventId', '=', eventId)
    .execute();
  const total = answers.length;
  const met = answers.filter((a) => toCount(a.metPartners) === 1).length;
  const again = answers.filter((a) => a.willReturn === 'yes').length;
  const ratingSum = answers.reduce((sum, a) => sum + toCount(a.rating), 0);
  const average = total > 0 ? Math.round((ratingSum / total) * 10) / 10 : null;
  const metItem = shareItem('metPartners', met, total);
  const figure = emptyFigure('survey', total);
  return guardGroup({
    ...figure,
    value: total,
    // Withheld with the line itself when one or two people met a partner, or one or two did not.
    percent: metItem.percent,
    items: [
      metItem,
      shareItem('willReturn', again, total),
      { label: 'averageRating', value: average, percent: null },
    ],
  });
}
