import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import { eraseBrandingOfPerson, findBrandingOfPerson } from './repository.js';

/**
 * The brand holds personal data when the person is the network's contact person (their email is the
 * contact email): export shows those fields, erasure empties them. The last editor's id is cleared too.
 */
export const exportBrandingData: PersonDataExporter = async (personId, db) => {
  const found = await findBrandingOfPerson(db, personId);
  if (!found || (!found.isContact && !found.isLastEditor)) {
    return null;
  }
  const { row } = found;
  return {
    ...(found.isContact
      ? {
          contactPerson: {
            name: row.contactName,
            role: row.contactRole,
            email: row.contactEmail,
            phone: row.contactPhone,
          },
        }
      : {}),
    lastChangedByYouAt: found.isLastEditor ? row.updatedAt : null,
  };
};

export const eraseBrandingData: PersonDataEraser = async (personId, trx) => {
  await eraseBrandingOfPerson(trx, personId);
};
