import type { ModeratorPoll, PollInput } from '../../src/contract/polls.js';
import type { Caller, TestApp } from '../build-app.js';
import { call } from '../qa/helpers.js';

/** Prepares a poll as the organizer (a draft), and opens it unless told otherwise. */
export async function createPoll(
  t: TestApp,
  organizer: Caller,
  sessionId: string,
  input: PollInput,
  open = true,
): Promise<ModeratorPoll> {
  const created = await call<ModeratorPoll>(
    t,
    organizer,
    'POST',
    `/api/v1/sessions/${sessionId}/polls`,
    input,
  );
  if (created.status !== 201) {
    throw new Error(`poll answered ${created.status}: ${JSON.stringify(created.body)}`);
  }
  if (!open) {
    return created.body;
  }
  const opened = await call<ModeratorPoll>(t, organizer, 'POST', `/api/v1/polls/${created.body.id}/state`, {
    action: 'open',
  });
  return opened.body;
}
