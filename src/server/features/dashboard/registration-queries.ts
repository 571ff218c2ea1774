import { sql, type Kysely } from 'kysely';
import type { Dashboard } from '../../../contract/dashboard.js';
import type { Database } from '../../db/schema.js';
import { hoursToDays, toCount } from './shape.js';

type Db = Kysely<Database>;

/** 1 when the condition holds, else 0: summed, it counts rows (same SQL on SQLite and PostgreSQL). */
function countWhen(condition: ReturnType<typeof sql>) {
  return sql<number>`sum(case when ${condition} then 1 else 0 end)`;
}

/** Registration figures of one event in one aggregate query over its registrations. */
export async function registrationTotals(db: Db, eventId: string) {
  const row = await db
    .selectFrom('registrations')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      countWhen(sql`status = 'confirmed'`).as('confirmed'),
      countWhen(sql`status = 'pending'`).as('pending'),
      countWhen(sql`status = 'expired'`).as('expired'),
      countWhen(sql`status = 'cancelled'`).as('cancelled'),
      countWhen(sql`status = 'waitlisted'`).as('waitingNow'),
      countWhen(sql`waitlist_number is not null`).as('everWaitlisted'),
      countWhen(sql`waitlist_number is not null and offered_at is not null`).as('offered'),
      countWhen(sql`waitlist_number is not null and status = 'confirmed'`).as('promotedConfirmed'),
      countWhen(sql`reconfirm_sent_at is not null`).as('reconfirmAsked'),
      countWhen(sql`reconfirm_answer = 'yes'`).as('reconfirmYes'),
      countWhen(sql`reconfirm_answer = 'released'`).as('reconfirmReleased'),
      countWhen(sql`status = 'confirmed' and checked_in_at is not null`).as('checkedIn'),
      sql<string | null>`min(case when waitlist_number is not null then requested_at end)`.as('bookedOutAt'),
    ])
    .where('eventId', '=', eventId)
    .executeTakeFirstOrThrow();
  const n = (value: unknown) => toCount(value);
  return {
    total: n(row.total),
    confirmed: n(row.confirmed),
    pending: n(row.pending),
    expired: n(row.expired),
    cancelled: n(row.cancelled),
    waitingNow: n(row.waitingNow),
    everWaitlisted: n(row.everWaitlisted),
    offered: n(row.offered),
    promotedConfirmed: n(row.promotedConfirmed),
    reconfirmAsked: n(row.reconfirmAsked),
    reconfirmYes: n(row.reconfirmYes),
    reconfirmReleased: n(row.reconfirmReleased),
    checkedIn: n(row.checkedIn),
    bookedOutAt: row.bookedOutAt ?? null,
  };
}

/**
 * Registrations per day in the event's time zone, cumulative. The database groups by UTC hour
 * (a plain text prefix on both dialects); the hours are then placed on local days.
 */
export async function registrationDays(
  db: Db,
  eventId: string,
  timeZone: string,
): Promise<Dashboard['registrations']['days']> {
  const hour = sql<string>`substr(requested_at, 1, 13)`;
  const rows = await db
    .selectFrom('registrations')
    .select((eb) => [hour.as('hour'), eb.fn.countAll<number>().as('n')])
    .where('eventId', '=', eventId)
    .groupBy(hour)
    .execute();
  return hoursToDays(
    rows.map((r) => ({ hour: r.hour, count: toCount(r.n) })),
    timeZone,
  );
}

/** Registrations holding or waiting for a seat, by sector, largest first. */
export async function sectorMix(db: Db, eventId: string): Promise<Dashboard['sectorMix']> {
  const rows = await db
    .selectFrom('registrations')
    .select((eb) => ['sector', eb.fn.countAll<number>().as('n')])
    .where('eventId', '=', eventId)
    .where('status', 'in', ['pending', 'offered', 'confirmed', 'waitlisted'])
    .groupBy('sector')
    .execute();
  return rows
    .map((r) => ({ sector: r.sector, count: toCount(r.n) }))
    .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
}
