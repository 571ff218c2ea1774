import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance, type RouteOptions } from 'fastify';
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
import { DEFAULT_BRANDING } from '../contract/branding.js';
import { systemClock, type Clock } from './clock.js';
import { publicUrl, type Config } from './config.js';
import { fastifyTrustProxy } from './proxy-trust.js';
import type { DatabaseHandle } from './db/database.js';
import { createMailOutbox, type MailOutbox } from './mail/outbox.js';
import { registerAuth } from './plugins/auth.js';
import { registerCompression } from './plugins/compression.js';
import { registerPublicCache } from './plugins/public-cache.js';
import { registerRequestLog } from './plugins/request-log.js';
import { handleFrameworkError, registerErrorHandling } from './plugins/errors.js';
import { registerI18n } from './plugins/i18n.js';
import { logSerializers } from './plugins/log-redaction.js';
import { createSigner, loadInstallationSecret } from './installation-secret.js';
import { createEventService, eventRoutes, type EventService } from './features/events/index.js';
import {
  accountRoutes,
  createAccountService,
  eraseAccountTracesOf,
  exportInvitationsOf,
  type AccountService,
} from './features/accounts/index.js';
import { createSitePageService, sitePageRoutes, type SitePageService } from './features/site-pages/index.js';
import {
  createPrivacyService,
  createRetentionJob,
  privacyRoutes,
  type PrivacyService,
  type RetentionJob,
} from './features/privacy/index.js';
import { createOutboxService, outboxRoutes } from './features/outbox/index.js';
import { createRegistrationAdminService } from './features/registration/admin-service.js';
import { createGroupCommit } from './features/registration/group-commit.js';
import { registrationAdminRoutes } from './features/registration/admin-routes.js';
import { checkinRoutes, createCheckinService } from './features/checkin/index.js';
import {
  agendaPersonData,
  type AgendaAssignmentSource,
  createSessionReader,
  agendaRoutes,
  createAgendaService,
  createProgrammeAdminService,
  programmeAdminRoutes,
  copyProgramme,
} from './features/program/index.js';
import { registerWebShell, webStaticOptions } from './web/shell.js';
import {
  copyLiveSettings,
  createQaFeature,
  eraseQaPersonData,
  exportQaPersonData,
} from './features/qa/index.js';
import { createPollsFeature, erasePollPersonData, exportPollPersonData } from './features/polls/index.js';
import {
  createNetworkingService,
  networkingAdminRoutes,
  networkingPersonData,
  networkingRoutes,
  type NetworkingService,
  copyCompetences,
} from './features/networking/index.js';
import {
  createIslandServices,
  eraseIslandData,
  exportIslandData,
  islandAdminRoutes,
  islandRoutes,
  copyIslands,
} from './features/islands/index.js';
import {
  createGuestStore,
  createLiveHub,
  liveRoutes,
  registerGuestStore,
  type LiveServerHub,
} from './live/index.js';
import {
  createMeetingsFeature,
  type MeetingsFeature,
  eraseMeetings,
  exportMeetings,
  programmePort,
  workerSchedulerRunner,
  copyMeetingSetup,
} from './features/meetings/index.js';
import { eraseStoredAnswersOf, registerIdempotency } from './plugins/idempotency.js';
import { eraseMailsOf, exportMailsOf } from './mail/person-data.js';
import {
  createRetrospectiveService,
  retrospectiveAdminRoutes,
  retrospectiveRoutes,
  type RetrospectiveService,
} from './features/retrospective/index.js';
import {
  createSurveyJobs,
  createSurveyService,
  surveyRoutes,
  type SurveyJobs,
  copySurveySettings,
} from './features/survey/index.js';
import { createDashboardService, dashboardRoutes } from './features/dashboard/index.js';
import {
  createProjectBoardService,
  projectBoardAdminRoutes,
  projectBoardPersonData,
  projectBoardRoutes,
} from './features/project-board/index.js';
import {
  createWebhookDispatcher,
  createWebhookOutbox,
  createWebhookService,
  webhookRoutes,
  webhooksOpenApi,
  type WebhookDispatcher,
} from './features/webhooks/index.js';
import { createMyEventsService, myEventsRoutes } from './features/my-events/index.js';
import {
  brandingRoutes,
  createBrandingService,
  createMailBrand,
  eraseBrandingData,
  exportBrandingData,
  type BrandingService,
} from './features/branding/index.js';
import {
  createCountersLive,
  createOrganizerSeatService,
  type OrganizerSeatService,
  createPersonalService,
  createRegistrationJobs,
  createRegistrationService,
  type RegistrationService,
  createSeatService,
  exportRegistrations,
  organizerSeatRoutes,
  registrationEraser,
  registrationRoutes,
  type RegistrationJobs,
  copyRegistrationSetup,
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
  /** Follow-up survey invitations after events; main.ts runs it on the job timer. */
  surveyJobs: SurveyJobs;
  /** Fans out and delivers webhook messages with retries; main.ts runs it on the mail timer. */
  webhooks: WebhookDispatcher;
  /** Purges what is past its purpose (RETENTION_*); main.ts runs it hourly. */
  retention: RetentionJob;
  /** The live hub (WebSocket rooms; Redis pub/sub when REDIS_URL is set). */
  live: LiveServerHub;
  services: {
    events: EventService;
    accounts: AccountService;
    sitePages: SitePageService;
    privacy: PrivacyService;
    organizerSeats: OrganizerSeatService;
    networking: NetworkingService;
    meetings: MeetingsFeature;
    retrospective: RetrospectiveService;
    branding: BrandingService;
    /** The public registration flow (the benchmarks drive it without HTTP). */
    registrations: RegistrationService;
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every logger the app makes redacts secrets from request URLs (plugins/log-redaction.ts). */
function withLogSerializers(logger: boolean | object): boolean | object {
  if (logger === false) {
    return false;
  }
  const options = logger === true ? {} : (logger as { serializers?: object });
  return { ...options, serializers: { ...options.serializers, ...logSerializers } };
}
export const DEFAULT_WEB_DIR = path.resolve(here, '../../dist/web');
const BRANDING_REFRESH_MS = 15_000;

/** Builds the Fastify instance with every plugin and feature; tests build it too. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const db = database.db;
  const app = Fastify({
    logger: withLogSerializers(deps.logger ?? false),
    // One line per request only where it helps (plugins/request-log.ts), not Fastify's two per request.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: fastifyTrustProxy(config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (deps.onRoute) {
    app.addHook('onRoute', deps.onRoute);
  }

  // The built web app's files first: the build precompressed them (.br, .gz beside each), so they must
  // not get the compression hook, which @fastify/compress adds to the routes registered after it.
  const webDir = deps.webDir === undefined ? DEFAULT_WEB_DIR : deps.webDir;
  if (webDir && fs.existsSync(webDir)) {
    await app.register(fastifyStatic, webStaticOptions(webDir));
  }
  await registerCompression(app);
  await app.register(fastifyCookie);
  registerRequestLog(app);
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
      // The payloads of every webhook (OpenAPI 3.1 `webhooks`), from the same zod schemas as the code.
      webhooks: webhooksOpenApi(),
    } as Record<string, unknown>,
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // A session's end or a person's erasure takes their rights from their open live connections at once.
  const signedOut = { personId: null, isOrganizer: false, sessionId: undefined };
  const sessions = registerAuth(app, {
    db,
    config,
    clock,
    onSessionEnded: (sessionId) => live.revokeAccess((v) => v.sessionId === sessionId, signedOut),
  });
  // The network's brand, read from memory by pages and mails; reloaded on a timer so that a change
  // saved on another instance shows here too.
  const branding = createBrandingService({ db, clock });
  await branding.refresh();
  const brandingTimer = setInterval(() => {
    branding.refresh().catch((error: unknown) => app.log.warn({ err: error }, 'branding refresh'));
  }, BRANDING_REFRESH_MS);
  brandingTimer.unref();
  app.addHook('onClose', async () => clearInterval(brandingTimer));
  const mail = createMailOutbox({
    db,
    config,
    clock,
    log: app.log,
    brand: createMailBrand(() => branding.current(), publicUrl(config)),
  });

  registerIdempotency(app, { db, clock });
  // Created before the feature services, which publish to it after their commits.
  const live = createLiveHub({ redisUrl: config.REDIS_URL ?? null, log: app.log });
  app.addHook('onClose', async () => live.close());
  const publicCache = await registerPublicCache(app, { clock, live });
  const guestSigner = createSigner(await loadInstallationSecret(db, 'guest-cookie'));
  registerGuestStore(app, createGuestStore({ db, config, clock, signer: guestSigner }));
  // The organizers' live registration counters: write paths mark events, a throttled publisher reads.
  const registrationCounters = createCountersLive({ db, live, log: app.log });
  live.registerRooms(registrationCounters.roomProvider);
  app.addHook('onClose', async () => registrationCounters.close());
  // Webhook messages are written in the transaction of each change (the outbox), delivered later.
  const webhookOutbox = createWebhookOutbox({ db, clock, baseUrl: publicUrl(config) });
  const webhookDispatcher = createWebhookDispatcher({
    db,
    clock,
    mail,
    log: app.log,
    baseUrl: publicUrl(config),
    timeoutMs: config.WEBHOOK_TIMEOUT_SECONDS * 1000,
    retryHours: config.WEBHOOK_RETRY_HOURS,
    retentionDays: config.RETENTION_WEBHOOK_DAYS,
  });
  const seats = createSeatService({
    db,
    clock,
    mail,
    webhooks: webhookOutbox,
    baseUrl: publicUrl(config),
    unsafeDisableCapacityGuard: deps.unsafeDisableCapacityGuard ?? false,
    onSeatsChanged: (eventId) => {
      registrationCounters.markChanged(eventId);
      publicCache.seatsChanged();
    },
  });
  const organizerSeats = createOrganizerSeatService({ db, clock, seats });
  const events = createEventService({
    db,
    clock,
    onCapacityRaised: organizerSeats.onCapacityRaised,
    onCapacityChanged: registrationCounters.markChanged,
    // The programme first: later steps map its session ids (live settings, meeting blocks).
    editionCopySteps: [
      copyProgramme,
      copyLiveSettings,
      copyIslands,
      copyRegistrationSetup,
      copyCompetences,
      copyMeetingSetup,
      copySurveySettings,
    ],
  });
  const sitePages = createSitePageService({ db, clock });
  const privacy = createPrivacyService({
    db,
    clock,
    dialect: database.dialect,
    onErased: (personId) => live.revokeAccess((v) => v.personId === personId, signedOut),
  });
  const accounts = createAccountService({
    db,
    clock,
    config,
    mail,
    sessions,
    sitePages,
    consents: privacy,
    networkName: () => branding.current().branding.networkName,
  });

  privacy.registerPersonData('registrations', exportRegistrations, registrationEraser(seats));
  privacy.registerPersonData('branding', exportBrandingData, eraseBrandingData);
  // Traces kept by address or in free text: mails, invitations, failed sign-ins, stored answers.
  privacy.registerPersonData('mails', exportMailsOf, eraseMailsOf);
  privacy.registerPersonData('invitations', exportInvitationsOf, eraseAccountTracesOf);
  privacy.registerEraser(eraseStoredAnswersOf);
  const retention = createRetentionJob({ db, clock, config, erasePerson: privacy.eraseLapsedPerson });
  const registrations = createRegistrationService({
    db,
    clock,
    seats,
    sitePages,
    consents: privacy,
    // Concurrent registrations share one transaction on both dialects: on SQLite one fsync per batch,
    // on PostgreSQL one commit (WAL flush) and one hold of the event row's lock per batch.
    groupCommit: createGroupCommit(db, database.sqlite),
    pendingPerAddress: config.PENDING_REGISTRATIONS_PER_ADDRESS,
    holdHours: config.UNCONFIRMED_HOLD_HOURS,
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
  await app.register(brandingRoutes(branding));
  await app.register(privacyRoutes(privacy, sessions));
  await app.register(outboxRoutes(createOutboxService({ db, smtpConfigured: Boolean(config.SMTP_URL) })));
  await app.register(myEventsRoutes(createMyEventsService({ db, clock })));
  await app.register(registrationAdminRoutes(createRegistrationAdminService({ db, clock, events })));
  await app.register(
    checkinRoutes(
      createCheckinService({
        db,
        clock,
        events,
        onCheckedIn: registrationCounters.markChanged,
        webhooks: webhookOutbox,
        badgeBrand: async () => {
          const { branding: brand } = branding.current();
          const logo = brand.logo ? await branding.findLogoBytes() : null;
          // Only a name the organizers set: an unbranded badge names the event alone, as before.
          const isNamed = brand.isCustomized && brand.networkName !== DEFAULT_BRANDING.networkName;
          return { networkName: isNamed ? brand.networkName : null, logo: logo?.bytes ?? null };
        },
      }),
    ),
  );
  const islands = createIslandServices({
    db,
    clock,
    events,
    sessions: createSessionReader(db),
    baseUrl: publicUrl(config),
    mail,
    personalLinks: seats,
    webhooks: webhookOutbox,
  });
  privacy.registerPersonData('islands', exportIslandData, eraseIslandData);
  await app.register(islandAdminRoutes(islands));
  await app.register(islandRoutes(islands));
  // Features that add a person's assignments to "Mein Programm" and its feed: one entry each.
  // 1:1 meetings. Agenda and networking are created below; these closures use them only once requests arrive.
  const meetings = createMeetingsFeature({
    db,
    clock,
    mail,
    events,
    baseUrl: publicUrl(config),
    programme: programmePort(createSessionReader(db), { exportAgenda: (id) => agenda.exportAgenda(id) }),
    islands: { listSeatTimesForPeople: (eventId) => islands.listSeatTimesForPeople(eventId) },
    directory: {
      isInDirectory: (eventId, personId) => networking.isInDirectory(eventId, personId),
      isBlocked: (a, b) => networking.isBlocked(a, b),
    },
    runScheduler: workerSchedulerRunner,
    webhooks: webhookOutbox,
    log: app.log,
  });
  privacy.registerPersonData('meetings', exportMeetings, eraseMeetings);
  await app.register(meetings.routes);
  await app.register(meetings.adminRoutes);
  const agendaSources: AgendaAssignmentSource[] = [islands.agendaSource, meetings.agendaSource];
  const agenda = createAgendaService({
    db,
    clock,
    events,
    baseUrl: publicUrl(config),
    sources: agendaSources,
    networkName: () => branding.current().branding.networkName,
  });
  const agendaData = agendaPersonData(agenda);
  privacy.registerPersonData('agenda', agendaData.exporter, agendaData.eraser);
  await app.register(programmeAdminRoutes(createProgrammeAdminService({ db, clock, events })));
  await app.register(agendaRoutes(agenda));
  const networking = createNetworkingService({ db, clock, consents: privacy, events });
  const networkingData = networkingPersonData(networking);
  privacy.registerPersonData('networking', networkingData.exporter, networkingData.eraser);
  await app.register(networkingRoutes(networking));
  await app.register(networkingAdminRoutes(networking));
  // The project board builds on networking: its visibility rule, blocks and matching.
  const projectBoard = createProjectBoardService({
    db,
    clock,
    mail,
    baseUrl: publicUrl(config),
    events,
    networking,
  });
  const projectBoardData = projectBoardPersonData(projectBoard);
  privacy.registerPersonData('projectBoard', projectBoardData.exporter, projectBoardData.eraser);
  await app.register(projectBoardRoutes(projectBoard));
  await app.register(projectBoardAdminRoutes(projectBoard));

  // Live Q&A and polls: one pair of session rooms ('session', 'session-mod') carrying both.
  const qa = createQaFeature({
    db,
    clock,
    live,
    baseUrl: publicUrl(config),
    writesPerAddressPerMinute: config.LIVE_WRITES_PER_ADDRESS_PER_MINUTE,
  });
  const polls = createPollsFeature({ db, clock, live, qa });
  for (const provider of qa.roomProviders([polls.roomContributor])) {
    live.registerRooms(provider);
  }
  privacy.registerPersonData('questions', exportQaPersonData, eraseQaPersonData);
  privacy.registerPersonData('polls', exportPollPersonData, erasePollPersonData);
  for (const routes of [...qa.routes, ...polls.routes]) {
    await app.register(routes);
  }
  await app.register(
    liveRoutes(live, { publicUrl: config.PUBLIC_URL, socketsPerAddress: config.LIVE_SOCKETS_PER_ADDRESS }),
  );
  // Looking back: the published retrospective and the follow-up survey.
  const retrospective = createRetrospectiveService({ db, clock, events });
  await app.register(retrospectiveAdminRoutes(retrospective));
  await app.register(retrospectiveRoutes(retrospective));
  await app.register(
    surveyRoutes(
      createSurveyService({ db, clock, events, webhooks: webhookOutbox }),
      config.REGISTRATION_RATE_LIMIT,
    ),
  );
  const surveyJobs = createSurveyJobs({ db, clock, mail, baseUrl: publicUrl(config) });
  await app.register(
    webhookRoutes(createWebhookService({ db, clock, events, retryHours: config.WEBHOOK_RETRY_HOURS })),
  );
  // The organizer's dashboards: read-only reporting over the other features' tables.
  await app.register(dashboardRoutes(createDashboardService({ db, clock, events })));
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

  registerWebShell(app, {
    webDir,
    events,
    retrospective,
    cache: publicCache,
    branding: () => branding.current(),
    baseUrl: publicUrl(config),
  });

  return {
    app,
    mail,
    registrationJobs,
    surveyJobs,
    webhooks: webhookDispatcher,
    retention,
    live,
    services: {
      events,
      accounts,
      sitePages,
      privacy,
      organizerSeats,
      networking,
      meetings,
      retrospective,
      branding,
      registrations,
    },
  };
}
