import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantPoll } from '../../src/contract/polls.js';
import type { Programme } from '../../src/contract/program.js';
import type { LiveSession, Question } from '../../src/contract/qa.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call } from './helpers.js';

describe.each(DIALECTS)('the demo questions and polls of the 2020 panels on %s', (dialect) => {
  let t: TestApp;
  let panels: Programme['sessions'];

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
    const programme = await call<Programme>(
      t,
      null,
      'GET',
      '/api/v1/events/industriedialog-neue-mobilitaet-2020/programme',
    );
    panels = programme.body.sessions.filter((s) => s.type === 'panel');
  });
  afterAll(async () => t.close());

  it('gives every panel questions with exact counts and a closed poll; the hydrogen panel stays open to try', async () => {
    const db = t.database.handle.db;
    for (const panel of panels) {
      const page = await call<LiveSession>(t, null, 'GET', `/api/v1/sessions/${panel.id}/live`);
      expect(page.body.settings).toMatchObject({ qaEnabled: true, guestsAllowed: true });
      expect(page.body.settings.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      const questions = await call<{ questions: Question[] }>(
        t,
        null,
        'GET',
        `/api/v1/sessions/${panel.id}/questions`,
      );
      const polls = await call<{ polls: ParticipantPoll[] }>(
        t,
        null,
        'GET',
        `/api/v1/sessions/${panel.id}/polls`,
      );
      if (panel.title.startsWith('Wasserstoff')) {
        expect(page.body.settings.preApproval).toBe(true);
        expect(questions.body.questions).toEqual([]);
        expect(polls.body.polls).toEqual([]);
        continue;
      }
      expect(questions.body.questions.length, panel.title).toBeGreaterThanOrEqual(2);
      expect(polls.body.polls.map((p) => p.state)).toEqual(['closed']);
      expect(polls.body.polls[0]?.tally?.voters).toBeGreaterThan(30);
      for (const question of questions.body.questions) {
        const rows = await db
          .selectFrom('qaVotes')
          .select('voterKey')
          .where('questionId', '=', question.id)
          .execute();
        expect(question.voteCount).toBe(rows.length);
      }
    }
    const first = await call<{ questions: Question[] }>(
      t,
      null,
      'GET',
      `/api/v1/sessions/${panels[0]!.id}/questions`,
    );
    expect(first.body.questions.find((q) => q.text.startsWith('Wie finden kleine Betriebe'))).toMatchObject({
      mergedCount: 1,
      authorName: null,
      isAnswered: true,
    });
  });
});
