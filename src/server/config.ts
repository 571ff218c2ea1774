import { z } from 'zod';
import { isLoopbackHost, trustProxySchema } from './proxy-trust.js';

export { isLoopbackHost };

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every environment variable CrossDialog reads, with its safe embedded default (documented in README.md). */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: nothing listens beyond this machine unless asked to (HOST=0.0.0.0). */
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().default('sqlite:data/crossdialog.sqlite'),
  REDIS_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('CrossDialog <no-reply@crossdialog.local>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 7),
  /** Which peers' X-Forwarded-* headers are believed: false, true (one proxy), a count of proxies, or addresses. */
  TRUST_PROXY: trustProxySchema,
  /**
   * Unset: the demo is loaded on a loopback-bound start outside production. `true` asks for it explicitly
   * (in production only on loopback); `false` never. See shouldLoadDemo.
   */
  DEMO_DATA: booleanFromEnv.optional(),
  /** The demo organizer's password; unset, a random one is made per installation and printed once. */
  DEMO_ORGANIZER_PASSWORD: z.string().min(12).optional(),
  /** Registration attempts per client address and minute; 0 switches the limit off. */
  REGISTRATION_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  /** New live guest identities (Q&A, polls without sign-in) per client address and hour; a hall behind one NAT needs headroom. */
  NEW_GUESTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  /** Votes and poll answers per client address and minute (a twentieth of it in questions per session); 0: off. */
  LIVE_WRITES_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Open WebSocket connections per client address. */
  LIVE_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  /** Unconfirmed (pending) registrations per event and client address; 0 switches the cap off. */
  PENDING_REGISTRATIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(20),
  /** At most this many hours an unconfirmed registration holds its seat (the event's confirm_hours if shorter). */
  UNCONFIRMED_HOLD_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(2),
  /** Retention (days): sent mails are kept this long, then purged with their bodies and attachments. */
  RETENTION_MAIL_DAYS: z.coerce.number().int().min(1).default(30),
  /** Registrations that were never confirmed (expired) are purged this long after they lapsed, with the person if nothing else of theirs is left. */
  RETENTION_UNCONFIRMED_DAYS: z.coerce.number().int().min(1).default(7),
  /** Live guest identities not seen for this long are purged (their votes stay, anonymous). */
  RETENTION_GUEST_DAYS: z.coerce.number().int().min(1).default(180),
  /** Organizer invitations are purged this long after they expired or were accepted. */
  RETENTION_INVITE_DAYS: z.coerce.number().int().min(1).default(30),
  /** How often due jobs run (confirmation expiry, waitlist offers, reminders, survey invitations). */
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A webhook receiver that has not answered after this long counts as failed (retried later). */
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(10),
  /** How long webhook deliveries are retried with exponential back-off before the endpoint is paused. */
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0.01).max(168).default(24),
  /** Finished webhook deliveries are purged from the delivery log after this many days. */
  RETENTION_WEBHOOK_DAYS: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof configSchema>;

/** Reads the configuration from the environment; throws a readable message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The base URL used in links sent by mail. */
export function publicUrl(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

/**
 * Whether an empty embedded database gets the demo, and why not. The demo has a known organizer
 * account, so it never appears on a network address in production, and by default only on loopback.
 */
export function shouldLoadDemo(config: Pick<Config, 'DEMO_DATA' | 'HOST' | 'NODE_ENV'>): {
  load: boolean;
  reason: string;
} {
  const loopback = isLoopbackHost(config.HOST);
  if (config.DEMO_DATA === false) {
    return { load: false, reason: 'DEMO_DATA=false' };
  }
  if (config.NODE_ENV === 'production') {
    if (config.DEMO_DATA === true && loopback) {
      return { load: true, reason: 'DEMO_DATA=true on a loopback address' };
    }
    return {
      load: false,
      reason: 'production mode loads the demo only with DEMO_DATA=true on a loopback HOST',
    };
  }
  if (config.DEMO_DATA === true) {
    return { load: true, reason: 'DEMO_DATA=true' };
  }
  return loopback
    ? { load: true, reason: 'loopback HOST' }
    : {
        load: false,
        reason: `HOST=${config.HOST} is reachable from the network; set DEMO_DATA=true to load the demo there`,
      };
}
