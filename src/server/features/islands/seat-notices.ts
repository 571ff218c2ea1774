import { pickLocale } from '../../../contract/locale.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { addressName, type SeatService } from '../registration/index.js';
import type { EventIslands } from './context.js';
import type { PlacementRow } from './placement-repository.js';
import { islandRepository as repo, type Executor } from './repository.js';
import {
  ISLAND_SEAT_MAIL_KIND,
  ISLAND_SEATS_PUBLISHED_KIND,
  renderSeatMail,
  type SeatChangeReason,
  type SeatLine,
} from './seat-mails.js';

type Seat = Pick<PlacementRow, 'personId' | 'roundId' | 'islandId' | 'source'>;

/** A published seat that is new or different after a change, with the island it replaced. */
export interface SeatChange {
  personId: string;
  roundId: string;
  islandId: string;
  reason: SeatChangeReason;
  previousIslandId: string | null;
}

export interface SeatNoticeDeps {
  mail: Pick<MailOutbox, 'enqueueMail'>;
  /** The registration's personal links ("My registration"), issued per mail like its own mails. */
  personalLinks: Pick<SeatService, 'issueLink' | 'urls'>;
}

/**
 * The seats in `after` that are new or at another island than in `before` (per person and round);
 * seats that stay or disappear are no change to tell anyone about.
 */
export function seatChanges(before: readonly Seat[], after: readonly Seat[]): SeatChange[] {
  const previous = new Map(before.map((p) => [`${p.roundId}|${p.personId}`, p.islandId]));
  const changes: SeatChange[] = [];
  for (const seat of after) {
    const earlier = previous.get(`${seat.roundId}|${seat.personId}`) ?? null;
    if (earlier === seat.islandId) {
      continue;
    }
    const reason: SeatChangeReason =
      seat.source === 'waitlist' ? 'waitlist' : earlier === null ? 'placed' : 'moved';
    changes.push({
      personId: seat.personId,
      roundId: seat.roundId,
      islandId: seat.islandId,
      reason,
      previousIslandId: earlier,
    });
  }
  return changes;
}

/**
 * Writes one mail per person whose seats changed into the outbox, inside the caller's transaction
 * (`published`: the mail announcing all of a person's seats when the assignment is published).
 * The dedupe key names the person and every new seat (round and island), so repeating the same
 * change sends nothing twice.
 */
export async function enqueueSeatMails(
  trx: Executor,
  deps: SeatNoticeDeps,
  ctx: EventIslands,
  changes: readonly SeatChange[],
  options: { published?: boolean } = {},
): Promise<void> {
  const kind = options.published ? ISLAND_SEATS_PUBLISHED_KIND : ISLAND_SEAT_MAIL_KIND;
  if (changes.length === 0) {
    return;
  }
  const rounds = new Map(ctx.rounds.map((r) => [r.id, r]));
  const islands = new Map(ctx.islands.map((i) => [i.id, i]));
  const byPerson = new Map<string, SeatChange[]>();
  for (const change of changes) {
    byPerson.set(change.personId, [...(byPerson.get(change.personId) ?? []), change]);
  }
  const recipients = await repo.listMailRecipients(trx, ctx.event.id, [...byPerson.keys()]);
  for (const person of recipients) {
    const mine = (byPerson.get(person.personId) ?? [])
      .filter((c) => rounds.has(c.roundId) && islands.has(c.islandId))
      .sort((a, b) => rounds.get(a.roundId)!.number - rounds.get(b.roundId)!.number);
    if (mine.length === 0) {
      continue;
    }
    const seats: SeatLine[] = mine.map((c) => {
      const island = islands.get(c.islandId)!;
      const round = rounds.get(c.roundId)!;
      return {
        reason: options.published ? 'placed' : c.reason,
        roundNumber: round.number,
        startsAt: round.startsAt,
        theme: island.theme,
        // As the agenda says it: the island's place, else the round's room, and the table.
        where: [island.place || round.room, island.tableLabel].filter(Boolean).join(', '),
        previousTheme: c.previousIslandId ? islands.get(c.previousIslandId)?.theme : undefined,
      };
    });
    const locale = pickLocale(person.locale);
    const secret = await deps.personalLinks.issueLink(trx, person.registrationId, 'island-seat');
    const manageUrl = deps.personalLinks.urls.manage(secret);
    const rendered = renderSeatMail({
      occasion: options.published ? 'published' : 'changed',
      locale,
      name: addressName(person, locale),
      eventTitle: ctx.event.title,
      timeZone: ctx.event.timeZone,
      seats,
      islandsUrl: `${manageUrl}/islands`,
      manageUrl,
    });
    const key = mine.map((c) => `${c.roundId}>${c.islandId}`).join(',');
    await deps.mail.enqueueMail(
      {
        kind,
        dedupeKey: `${kind}:${ctx.event.id}:${person.personId}:${key}`,
        to: person.email,
        locale,
        ...rendered,
        about: { eventId: ctx.event.id, registrationId: person.registrationId, personId: person.personId },
      },
      trx as Parameters<MailOutbox['enqueueMail']>[1],
    );
  }
}
