import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import { exportEvidence } from './personal.js';
import { registrationRepository as repo } from './repository.js';
import type { SeatService } from './seats.js';

/** The registrations part of a person's data export. */
export const exportRegistrations: PersonDataExporter = async (personId: string, db: Kysely<Database>) => {
  const rows = await repo.listByPerson(db, personId);
  return rows.map((r) => ({
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    email: r.email,
    salutation: r.salutation,
    academicTitle: r.academicTitle,
    firstName: r.firstName,
    lastName: r.lastName,
    organization: r.organization,
    position: r.position,
    sector: r.sector,
    phone: r.phone,
    topics: JSON.parse(r.topics) as unknown,
    answers: JSON.parse(r.answers) as unknown,
    consentDirectory: r.consentDirectory === 1,
    consentPhotos: r.consentPhotos === 1,
    ...exportEvidence(r),
  }));
};

/** Erasure: every registration of the person is deleted; seats they held go to the next person waiting. */
export function registrationEraser(seats: SeatService): PersonDataEraser {
  return async (personId: string, trx: Transaction<Database>) => {
    for (const reg of await repo.listByPerson(trx, personId)) {
      await seats.endRegistration(trx, reg.id, 'cancelled', [
        'pending',
        'offered',
        'confirmed',
        'waitlisted',
      ]);
      await repo.deleteRegistration(trx, reg.id);
    }
  };
}
