import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { systemClock, type Clock } from './clock.js';
import { publicUrl, type Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { createMailOutbox, type MailOutbox } from './mail/outbox.js';
import { registerAuth } from './plugins/auth.js';
import { handleFrameworkError, registerErrorHandling } from './plugins/errors.js';
import { registerI18n } from './plugins/i18n.js';
import { createEventService, eventRoutes, type EventService } from './features/events/index.js';
import { accountRoutes, createAccountService, type AccountService } from './features/accounts/index.js';
import { createSitePageService, sitePageRoutes, type SitePageService } from './features/site-pages/index.js';
import { createPrivacyService, privacyRoutes, type PrivacyService } from './features/privacy/index.js';
import { createOutboxService, outboxRoutes } from './features/outbox/index.js';
import { createRegistrationAdminService } from './features/registration/admin-service.js';
import { createGroupCommit } from './features/registration/group-commit.js';
import { registrationAdminRoutes } from './features/registration/admin-routes.js';
import { checkinRoutes, createCheckinService } from './features/checkin/index.js';
import {
  agendaPersonData,
  agendaRoutes,
  createAgendaService,
  createProgrammeAdminService,
  programmeAdminRoutes,
} from './features/program/index.js';
import { registerWebShell } from './web/shell.js';
import { registerIdempotency } from './plugins/idempotency.js';
import {
  createOrganizerSeatService,
  type OrganizerSeatService,
  createPersonalService,
  createRegistrationJobs,
  createRegistrationService,
  createSeatService,
  exportRegistrations,
  organizerSeatRoutes,
  registrationEraser,
  registrationRoutes,
  type RegistrationJobs,
} from './features/registration/index.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** Directory of the built web app; tests without a build leave it unset. */
  webDir?: string | null;
  logger?: boolean | object;
  /** Sees every route as it is registered (tests collect the route table for the authorization test). */
  onRoute?: (route: RouteOptions) => void;
  /** Test-only: seats decided by read-then-write, to prove the concurrency test detects an oversell. */
  unsafeDisableCapacityGuard?: boolean;
}

export interface App {
  app: FastifyInstance;
  mail: MailOutbox;
  /** Expiry of lapsed links, offers to the next person waiting, "still coming?" mails; main.ts runs it on a timer. */
  registrationJobs: RegistrationJobs;
  services: {
    events: EventService;
    accounts: AccountService;
    sitePages: SitePageService;
    privacy: PrivacyService;
    organizerSeats: OrganizerSeatService;
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIR = path.resolve(here, '../../dist/web');

/** Builds the Fastify instance with every plugin and feature; tests build it too. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const db = database.db;
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (deps.onRoute) {
    app.addHook('onRoute', deps.onRoute);
  }

  await app.register(fastifyCookie);
  registerI18n(app);
  registerErrorHandling(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'https:', 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CrossDialog API',
        version: '1',
        description: 'Events, registration and live interaction for cross-industry dialogue days.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'cd_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const sessions = registerAuth(app, { db, config, clock });
  const mail = createMailOutbox({ db, config, clock, log: app.log });

  registerIdempotency(app, { db, clock });
  const seats = createSeatService({
    db,
    clock,
    mail,
    baseUrl: publicUrl(config),
    unsafeDisableCapacityGuard: deps.unsafeDisableCapacityGuard ?? false,
  });
  const organizerSeats = createOrganizerSeatService({ db, clock, seats });
  const events = createEventService({ db, clock, onCapacityRaised: organizerSeats.onCapacityRaised });
  const sitePages = createSitePageService({ db, clock });
  const privacy = createPrivacyService({ db, clock });
  const accounts = createAccountService({ db, clock, config, mail, sessions, sitePages, consents: privacy });

  privacy.registerPersonData('registrations', exportRegistrations, registrationEraser(seats));
  const registrations = createRegistrationService({
    db,
    clock,
    seats,
    sitePages,
    consents: privacy,
    groupCommit: database.dialect === 'sqlite' ? createGroupCommit(db) : undefined,
  });
  const personal = createPersonalService({ db, clock, seats, consents: privacy });
  const registrationJobs = createRegistrationJobs({ db, clock, seats });

  await app.register(eventRoutes(events));
  await app.register(
    registrationRoutes({ registrations, personal, rateLimitPerMinute: config.REGISTRATION_RATE_LIMIT }),
  );
  await app.register(organizerSeatRoutes(organizerSeats));
  await app.register(accountRoutes(accounts, sessions));
  await app.register(sitePageRoutes(sitePages));
  await app.register(privacyRoutes(privacy, sessions));
  await app.register(outboxRoutes(createOutboxService({ db })));
  await app.register(registrationAdminRoutes(createRegistrationAdminService({ db, clock, events })));
  await app.register(checkinRoutes(createCheckinService({ db, clock, events })));
  const agenda = createAgendaService({ db, clock, events, baseUrl: publicUrl(config) });
  const agendaData = agendaPersonData(agenda);
  privacy.registerPersonData('agenda', agendaData.exporter, agendaData.eraser);
  await app.register(programmeAdminRoutes(createProgrammeAdminService({ db, clock, events })));
  await app.register(agendaRoutes(agenda));

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  const webDir = deps.webDir === undefined ? DEFAULT_WEB_DIR : deps.webDir;
  if (webDir && fs.existsSync(webDir)) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  }
  registerWebShell(app, { webDir, events });

  return { app, mail, registrationJobs, services: { events, accounts, sitePages, privacy, organizerSeats } };
}
