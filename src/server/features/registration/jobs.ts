import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { registrationRepository as repo } from './repository.js';
import type { SeatService } from './seats.js';

interface JobDeps {
  db: Kysely<Database>;
  clock: Clock;
  seats: SeatService;
}

const DAY_MS = 86_400_000;

/** Time-driven registration work; safe to run on every instance at once (each step re-checks under the event lock). */
export function createRegistrationJobs({ db, clock, seats }: JobDeps) {
  /** Pending registrations and offers past their time: expired, seat to the next person waiting. */
  async function expireLapsed(): Promise<number> {
    const now = clock.now().toISOString();
    let expired = 0;
    for (const due of await repo.listLapsed(db, now)) {
      await db.transaction().execute(async (trx) => {
        const before = await repo.findById(trx, due.id);
        // A confirmation may have arrived meanwhile; endRegistration re-checks the status under the lock.
        if (before?.confirmExpiresAt && before.confirmExpiresAt <= now) {
          const after = await seats.endRegistration(trx, due.id, 'expired', ['pending', 'offered']);
          expired += after?.status === 'expired' && before.status !== 'expired' ? 1 : 0;
        }
      });
      seats.committed(due.eventId);
    }
    return expired;
  }

  /** "Still coming?" mails to confirmed participants, reconfirm_days_before days ahead of the event. */
  async function sendReconfirmations(): Promise<number> {
    const now = clock.now();
    let sent = 0;
    for (const due of await repo.listReconfirmDue(db, now.toISOString())) {
      if (now.getTime() < new Date(due.startsAt).getTime() - due.reconfirmDaysBefore * DAY_MS) {
        continue;
      }
      await db.transaction().execute(async (trx) => {
        const reg = await repo.findById(trx, due.id);
        const event = await repo.findEventById(trx, due.eventId);
        if (!reg || !event || reg.status !== 'confirmed' || reg.reconfirmSentAt) {
          return;
        }
        const stamp = now.toISOString();
        await repo.updateRegistration(trx, reg.id, { reconfirmSentAt: stamp, updatedAt: stamp }, [
          'confirmed',
        ]);
        const secret = await seats.issueLink(trx, reg.id, 'reconfirm');
        // One reminder per registration: the dedupe key holds even if two instances race here.
        await seats.enqueue(trx, 'registration-reconfirm', reg, event, 'once', {
          manageUrl: seats.urls.manage(secret),
          yesUrl: seats.urls.reconfirm(secret, 'yes'),
          releaseUrl: seats.urls.reconfirm(secret, 'release'),
        });
        sent += 1;
      });
    }
    return sent;
  }

  return {
    /** Runs every due job once; returns what it did (for logs and tests). */
    async runDueJobs(): Promise<{ expired: number; reconfirmationsSent: number }> {
      const expired = await expireLapsed();
      const reconfirmationsSent = await sendReconfirmations();
      return { expired, reconfirmationsSent };
    },
  };
}
export type RegistrationJobs = ReturnType<typeof createRegistrationJobs>;
