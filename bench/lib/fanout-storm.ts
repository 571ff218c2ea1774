import { nowMs } from './histogram.js';

export interface StormOps {
  /** Asks question number n; answers its id. */
  ask(n: number): Promise<string>;
  /** Voter number `voter` upvotes the question. */
  vote(questionId: string, voter: number): Promise<void>;
}

export interface StormSize {
  questions: number;
  votes: number;
  durationS: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the questions and the votes spread evenly over the duration (at most 64 requests in flight);
 * answers the votes sent per question id. Voter n votes once, for question (n * 7919) mod asked.
 */
export async function runStorm(ops: StormOps, size: StormSize): Promise<Map<string, number>> {
  const schedule: { at: number; kind: 'ask' | 'vote'; n: number }[] = [];
  for (let i = 0; i < size.questions; i += 1) {
    schedule.push({ at: (i / size.questions) * size.durationS * 1000, kind: 'ask', n: i });
  }
  for (let i = 0; i < size.votes; i += 1) {
    schedule.push({ at: ((i + 0.5) / size.votes) * size.durationS * 1000, kind: 'vote', n: i });
  }
  schedule.sort((a, b) => a.at - b.at);
  const questions: string[] = [];
  const votes = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const start = nowMs();
  for (const op of schedule) {
    const wait = start + op.at - nowMs();
    if (wait > 1) {
      await sleep(wait);
    }
    while (inFlight.size >= 64) {
      await Promise.race(inFlight);
    }
    if (op.kind === 'ask') {
      questions.push(await ops.ask(op.n));
      continue;
    }
    const questionId = questions[(op.n * 7919) % questions.length]!;
    const task = ops.vote(questionId, op.n).then(() => {
      votes.set(questionId, (votes.get(questionId) ?? 0) + 1);
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }
  await Promise.all(inFlight);
  return votes;
}

/** JSON over real HTTP (keep-alive fetch) as a caller with the given headers; throws on a non-2xx. */
export async function http<T>(
  baseUrl: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) {
    throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
