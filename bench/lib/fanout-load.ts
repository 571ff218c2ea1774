// The HTTP load of bench/live-fanout.ts in its own process: questions and votes as guests through the
// real API, so the server process does only what a server does.
import { http, runStorm, type StormSize } from './fanout-storm.js';

export interface LoadPlan extends StormSize {
  baseUrl: string;
  sessionId: string;
  /** Cookie header per asker and per voter (one guest identity each). */
  askers: string[];
  voters: string[];
}

const TEXT = 'Wie sichern wir die Ladeinfrastruktur für Zulieferer im ländlichen Raum bis 2030 ab? ';

process.once('message', (plan: LoadPlan) => {
  const ops = {
    async ask(n: number) {
      const question = await http<{ id: string }>(
        plan.baseUrl,
        'POST',
        `/api/v1/sessions/${plan.sessionId}/questions`,
        { cookie: plan.askers[n % plan.askers.length]! },
        { text: `${TEXT}(${n})`, anonymous: n % 3 === 0, name: 'Teilnehmerin Beispiel' },
      );
      return question.id;
    },
    async vote(questionId: string, voter: number) {
      await http(plan.baseUrl, 'PUT', `/api/v1/questions/${questionId}/vote`, {
        cookie: plan.voters[voter % plan.voters.length]!,
      });
    },
  };
  runStorm(ops, plan)
    .then((votes) => process.send?.({ votes: Object.fromEntries(votes) }, () => process.exit(0)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
});
