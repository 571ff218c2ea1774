import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import type { AgendaService } from './agenda-service.js';

/** The agenda's part of a person's data export and erasure (starred sessions and the feed token). */
export function agendaPersonData(agenda: AgendaService): {
  exporter: PersonDataExporter;
  eraser: PersonDataEraser;
} {
  return {
    exporter: (personId) => agenda.exportAgenda(personId),
    eraser: (personId, trx) => agenda.eraseAgenda(personId, trx),
  };
}
