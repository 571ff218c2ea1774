import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { createDeliveryRepository } from './delivery-repository.js';
import { endpointPausedMail } from './mails.js';
import { webhookHeaders } from './signing.js';

export interface DispatcherDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: Pick<MailOutbox, 'enqueueMail'>;
  log: FastifyBaseLogger;
  baseUrl: string;
  timeoutMs: number;
  retryHours: number;
  retentionDays: number;
}

const BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 4 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * The wait before the next attempt after `attempts` failed ones: 30 s, doubling each time, at most 4 h
 * (about 14 attempts in a day), and never past the moment the delivery gives up.
 */
export function nextAttemptAt(now: Date, attempts: number, giveUpAt: string): string | null {
  const giveUp = new Date(giveUpAt).getTime();
  if (now.getTime() >= giveUp) {
    return null;
  }
  const wait = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return new Date(Math.min(giveUp, now.getTime() + wait)).toISOString();
}

type Answer = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * Fans new webhook messages out to endpoints and delivers them: signed (Standard Webhooks), at least
 * once, retried with back-off until `retryHours` pass; then the endpoint is paused and organizers are
 * told by mail. Safe with many instances: fan-out and each attempt are claimed by a conditional UPDATE.
 */
export function createWebhookDispatcher(deps: DispatcherDeps) {
  const { db, clock, log } = deps;
  const repo = createDeliveryRepository(db);
  let running: Promise<number> | null = null;
  let lastPurge = 0;

  async function post(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'CrossDialog-Webhooks/1' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
      // The answer's body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) {
        return { ok: true, status: response.status };
      }
      return { ok: false, status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        return { ok: false, status: null, error: `timeout after ${deps.timeoutMs / 1000} s` };
      }
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
      return { ok: false, status: null, error: (cause || String(error)).slice(0, 300) };
    }
  }

  async function pauseEndpoint(endpointId: string): Promise<void> {
    const at = clock.now().toISOString();
    const endpoint = await repo.findEndpoint(endpointId);
    if (!endpoint || !(await repo.pauseEndpointIfActive(endpointId, at))) {
      return;
    }
    log.warn({ endpointId }, 'webhook endpoint paused after persistent failure');
    for (const person of await repo.organizersToTell(endpoint.createdBy)) {
      const locale = person.locale === 'en' ? 'en' : 'de';
      const rendered = endpointPausedMail(locale, {
        name: [person.firstName, person.lastName].filter(Boolean).join(' '),
        url: endpoint.url,
        hours: deps.retryHours,
        pageUrl: `${deps.baseUrl}/admin/webhooks/${endpointId}`,
      });
      await deps.mail.enqueueMail({
        kind: 'webhook-paused',
        dedupeKey: `webhook-paused:${endpointId}:${at}:${person.id}`,
        to: person.email,
        locale,
        ...rendered,
        about: { eventId: endpoint.eventId, personId: person.id },
      });
    }
  }

  type Due = Awaited<ReturnType<typeof repo.listDue>>[number];
  async function attempt(delivery: Due): Promise<boolean> {
    const leaseUntil = new Date(clock.now().getTime() + deps.timeoutMs + 60_000).toISOString();
    if (!(await repo.claim(delivery.id, delivery.attempts, leaseUntil))) {
      return false;
    }
    const sentAt = clock.now();
    const secrets = [delivery.secret];
    if (
      delivery.previousSecret &&
      delivery.previousSecretExpiresAt &&
      delivery.previousSecretExpiresAt > sentAt.toISOString()
    ) {
      secrets.push(delivery.previousSecret);
    }
    const headers = webhookHeaders(
      secrets,
      delivery.messageId,
      Math.floor(sentAt.getTime() / 1000),
      delivery.payload,
    );
    const answer = await post(delivery.url, headers, delivery.payload);
    const at = clock.now();
    if (answer.ok) {
      await repo.recordSuccess(delivery.id, at.toISOString(), answer.status);
      return true;
    }
    const retryAt = nextAttemptAt(at, delivery.attempts + 1, delivery.giveUpAt);
    await repo.recordFailure(delivery.id, {
      at: at.toISOString(),
      responseStatus: answer.status,
      error: answer.error,
      retryAt,
    });
    log.info(
      { deliveryId: delivery.id, status: answer.status, error: answer.error },
      'webhook delivery failed',
    );
    if (!retryAt) {
      await pauseEndpoint(delivery.endpointId);
    }
    return false;
  }

  async function runOnce(): Promise<number> {
    const now = clock.now();
    const giveUpAt = new Date(now.getTime() + deps.retryHours * 3_600_000).toISOString();
    for (const message of await repo.listUndispatched(100)) {
      await repo.fanOut(message, now.toISOString(), giveUpAt);
    }
    let delivered = 0;
    for (;;) {
      const due = await repo.listDue(clock.now().toISOString(), BATCH);
      if (due.length === 0) {
        break;
      }
      // One batch in parallel: a slow receiver must not hold up every other one for its timeout.
      const results = await Promise.all(due.map((d) => attempt(d)));
      delivered += results.filter(Boolean).length;
      if (due.length < BATCH) {
        break;
      }
    }
    if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = Date.now();
      await repo.purge(new Date(now.getTime() - deps.retentionDays * 86_400_000).toISOString());
    }
    return delivered;
  }

  return {
    /** Fans out new messages and attempts every due delivery; concurrent calls share one run. */
    drain(): Promise<number> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
