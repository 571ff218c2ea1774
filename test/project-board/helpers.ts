import type { IdeaDetail, IdeaInput } from '../../src/contract/project-board.js';
import type { Caller, TestApp } from '../build-app.js';

/** A valid idea with three roles; override what a test is about. */
export function ideaInput(overrides: Partial<IdeaInput> = {}): IdeaInput {
  return {
    title: 'Zweites Leben für Traktionsbatterien',
    problem:
      'Gebrauchte Batterien aus Elektroautos werden zu früh recycelt; wir wollen sie als Speicher nutzen.',
    contribution: 'Wir bringen Batterietechnik und Prüfstände für Zellen mit.',
    funding: 'BMWK Batterieforschung 2021',
    stage: 'forming',
    organization: 'Batterie Kreislauf GmbH',
    language: 'de',
    roles: [
      { sector: 'logistics', competences: ['logistics'], description: 'Rücknahmelogistik für Altbatterien' },
      { sector: 'it', competences: ['software'], description: 'Software für das Batteriemanagement' },
      { sector: 'research', competences: ['research'], description: 'Alterungstests im Labor' },
    ],
    ...overrides,
  };
}

/** Posts an idea as the caller; throws unless it is created. */
export async function postIdea(t: TestApp, who: Caller, slug: string, overrides: Partial<IdeaInput> = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/events/${slug}/ideas`,
    headers: who.headers,
    payload: ideaInput(overrides),
  });
  if (response.statusCode !== 201) {
    throw new Error(`posting an idea answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<IdeaDetail>();
}

/** Sends a request as the caller and returns status and parsed body. */
export async function call<T>(
  t: TestApp,
  who: Caller | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: who?.headers ?? {},
    ...(payload ? { payload } : {}),
  });
  return { status: response.statusCode, body: response.json<T>(), text: response.body };
}
