import type { WebhookOutbox } from '../webhooks/index.js';
import type { Kysely } from 'kysely';
import type {
  CheckinBatchResult,
  CheckinBody,
  CheckinResult,
  CheckinSearchHit,
} from '../../../contract/checkin.js';
import type { EventAdmin } from '../../../contract/events.js';
import type { Locale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { errorMessage } from '../../i18n/messages.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventService } from '../events/index.js';
import { renderBadges, type BadgeBrand } from './badges.js';
import { canRunCheckin, isAdmissible } from './policy.js';
import { createCheckinRepository, type AttendeeRow, type CheckinRow } from './repository.js';

interface CheckinDeps {
  db: Kysely<Database>;
  clock: Clock;
  events: EventService;
  /** Told after a first check-in of a registration was stored (the organizers' live counters); must be cheap. */
  onCheckedIn?: (eventId: string) => void;
  /** A webhook message for each first check-in, in the transaction that records it. */
  webhooks?: Pick<WebhookOutbox, 'checkedIn'>;
  /** The network's name and logo for the badges (features/branding); none: the event's title alone. */
  badgeBrand?: () => Promise<BadgeBrand>;
}

const SEARCH_LIMIT = 25;

function labelOf(event: EventAdmin, key: string, locale: Locale): string {
  return event.sectorDefinitions.find((s) => s.key === key)?.label[locale] ?? key;
}

/** The earlier of the device's scan time and now: a device clock running ahead cannot date into the future. */
function scanTime(scannedAt: string | undefined, now: Date): string {
  const device = scannedAt ? new Date(scannedAt) : now;
  return (device.getTime() < now.getTime() ? device : now).toISOString();
}

/** Check-in at the door (QR or name search, offline queue) and badge printing. */
export function createCheckinService({ db, clock, events, onCheckedIn, badgeBrand, webhooks }: CheckinDeps) {
  const repo = createCheckinRepository(db);

  async function eventForDesk(actor: Actor, eventId: string, locale: Locale): Promise<EventAdmin> {
    if (!canRunCheckin(actor)) {
      throw new AppError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
    }
    return events.getEventForOrganizer(actor, eventId, locale);
  }

  function toResult(
    event: EventAdmin,
    row: AttendeeRow,
    locale: Locale,
    flags: { alreadyCheckedIn: boolean; valid: boolean },
  ): CheckinResult {
    return {
      registrationId: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      organization: row.organization,
      sector: row.sector,
      sectorLabel: labelOf(event, row.sector, locale),
      notes: row.notes,
      status: row.status,
      checkedInAt: row.checkedInAt,
      ...flags,
    };
  }

  /** A scan the server has seen before: the same answer again, nothing counted. */
  async function replay(event: EventAdmin, stored: CheckinRow, scan: CheckinBody, locale: Locale) {
    const row = await repo.findById(event.id, stored.registrationId);
    const sameTarget =
      row !== undefined &&
      stored.eventId === event.id &&
      (scan.ticketCode === undefined || scan.ticketCode === row.ticketCode) &&
      (scan.registrationId === undefined || scan.registrationId === row.id);
    if (!sameTarget) {
      // A scan id reused for another ticket is a device fault, not a resend.
      throw new AppError('conflict');
    }
    return toResult(event, row, locale, { alreadyCheckedIn: stored.checkInNumber > 1, valid: true });
  }

  async function checkInAt(event: EventAdmin, scan: CheckinBody, locale: Locale): Promise<CheckinResult> {
    const stored = await repo.findScan(scan.scanId);
    if (stored) {
      return replay(event, stored, scan, locale);
    }
    const row = scan.ticketCode
      ? await repo.findByTicket(event.id, scan.ticketCode)
      : await repo.findById(event.id, scan.registrationId ?? '');
    if (!row) {
      throw new AppError('not_found');
    }
    if (!isAdmissible(row)) {
      // Refused scans are not stored: they admit nobody and count nothing.
      return toResult(event, row, locale, { alreadyCheckedIn: row.checkedInAt !== null, valid: false });
    }
    const now = clock.now();
    const number = await repo.recordScan(
      {
        id: scan.scanId,
        eventId: event.id,
        registrationId: row.id,
        scannedAt: scanTime(scan.scannedAt, now),
        receivedAt: now.toISOString(),
        device: scan.device,
      },
      (trx, checkedInAt) =>
        webhooks
          ? webhooks.checkedIn(trx, { eventId: event.id, registrationId: row.id, checkedInAt })
          : Promise.resolve(),
    );
    if (number === null) {
      // The same scan arrived twice at once: the other request stored it.
      return replay(event, (await repo.findScan(scan.scanId))!, scan, locale);
    }
    if (number === 1) {
      onCheckedIn?.(event.id);
    }
    const updated = (await repo.findById(event.id, row.id))!;
    return toResult(event, updated, locale, { alreadyCheckedIn: number > 1, valid: true });
  }

  return {
    /**
     * Checks a person in by ticket code or registration id. A second check-in is flagged, a registration
     * that may not enter answers valid:false, an unknown ticket is not_found; a resent scan id is harmless.
     */
    async checkIn(actor: Actor, eventId: string, scan: CheckinBody, locale: Locale): Promise<CheckinResult> {
      return checkInAt(await eventForDesk(actor, eventId, locale), scan, locale);
    },

    /** Flushes a device's offline queue: every scan in order, each with its own result or error. */
    async checkInBatch(
      actor: Actor,
      eventId: string,
      scans: CheckinBody[],
      locale: Locale,
    ): Promise<CheckinBatchResult> {
      const event = await eventForDesk(actor, eventId, locale);
      const results: CheckinBatchResult['results'] = [];
      for (const scan of scans) {
        try {
          results.push({ scanId: scan.scanId, result: await checkInAt(event, scan, locale), error: null });
        } catch (error) {
          if (!(error instanceof AppError)) {
            throw error;
          }
          const message = errorMessage(locale, error.code);
          results.push({ scanId: scan.scanId, result: null, error: { code: error.code, message } });
        }
      }
      return { results };
    },

    /** People of the event found by name, email or organization, for check-in without a QR code. */
    async searchAttendees(
      actor: Actor,
      eventId: string,
      text: string,
      locale: Locale,
    ): Promise<CheckinSearchHit[]> {
      const event = await eventForDesk(actor, eventId, locale);
      const rows = await repo.searchAttendees(event.id, text, SEARCH_LIMIT);
      return rows.map((row) => ({
        registrationId: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        organization: row.organization,
        sector: row.sector,
        sectorLabel: labelOf(event, row.sector, locale),
        status: row.status,
        isGuest: row.isGuest === 1,
        checkedInAt: row.checkedInAt,
      }));
    },

    /** A printable PDF with one badge per person who may enter, eight to an A4 page. */
    async renderBadges(
      actor: Actor,
      eventId: string,
      locale: Locale,
    ): Promise<{ slug: string; pdf: Buffer }> {
      const event = await eventForDesk(actor, eventId, locale);
      const people = await repo.listAdmissible(event.id);
      const pdf = await renderBadges(
        {
          title: event.title,
          sectors: event.sectorDefinitions,
          people,
          ...(badgeBrand ? { brand: await badgeBrand() } : {}),
        },
        locale,
      );
      return { slug: event.slug, pdf };
    },
  };
}
export type CheckinService = ReturnType<typeof createCheckinService>;
