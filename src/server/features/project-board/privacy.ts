import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import type { ProjectBoardService } from './service.js';

/** The project board's part of a person's data export and erasure (ideas, roles, interests). */
export function projectBoardPersonData(board: ProjectBoardService): {
  exporter: PersonDataExporter;
  eraser: PersonDataEraser;
} {
  return {
    exporter: (personId) => board.exportPerson(personId),
    eraser: (personId, trx) => board.erasePerson(personId, trx),
  };
}
