import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import type { NetworkingService } from './service.js';

/** The networking part of a person's data export and erasure (profiles and own blocks). */
export function networkingPersonData(networking: NetworkingService): {
  exporter: PersonDataExporter;
  eraser: PersonDataEraser;
} {
  return {
    exporter: (personId) => networking.exportPerson(personId),
    eraser: (personId, trx) => networking.erasePerson(personId, trx),
  };
}
