import type { Kysely } from 'kysely';
import type { EventAdmin } from '../../../contract/events.js';
import type { z } from 'zod';
import type {
  RegistrationAdmin,
  RegistrationCounters,
  RegistrationQuestion,
  registrationAdminUpdateSchema,
} from '../../../contract/registration.js';
import type {
  RegistrationList,
  RegistrationSettingsInput,
  RegistrationSettingsStored,
} from '../../../contract/registration-admin.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, type FieldProblem } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventService } from '../events/index.js';
import { storedAnswers, toCounters, toRegistrationAdminView } from './admin-mapping.js';
import {
  createRegistrationAdminRepository,
  type AdminQuestionRow,
  type AdminRegistrationRow,
  type NonSeatValues,
  type RegistrationFilter,
} from './admin-repository.js';
import { checkAnswers, checkQuestions } from './admin-validation.js';
import { parseQuestion } from './index.js';

type RegistrationAdminUpdate = z.infer<typeof registrationAdminUpdateSchema>;

interface RegistrationAdminDeps {
  db: Kysely<Database>;
  clock: Clock;
  events: EventService;
}

/** What an export needs: the event, its questions and the matching registrations in order. */
export interface RegistrationExportData {
  event: EventAdmin;
  questions: RegistrationQuestion[];
  registrations: RegistrationAdmin[];
}

/** Organizers only: the same rule as the routes' declared access, kept here so services stand alone. */
function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** The organizer's read side of registration: list, counters, detail, non-seat edits and settings. */
export function createRegistrationAdminService({ db, clock, events }: RegistrationAdminDeps) {
  const repo = createRegistrationAdminRepository(db);

  async function countersOf(event: EventAdmin): Promise<RegistrationCounters> {
    return toCounters(event.capacity, await repo.countByStatus(event.id));
  }

  async function findOwnedRegistration(actor: Actor, id: string): Promise<AdminRegistrationRow> {
    assertOrganizer(actor);
    const row = await repo.findRegistration(id);
    if (!row) {
      throw new AppError('not_found');
    }
    return row;
  }

  async function view(row: AdminRegistrationRow): Promise<RegistrationAdmin> {
    return toRegistrationAdminView(row, await repo.waitlistNumbers(row.eventId));
  }

  async function loadQuestions(eventId: string): Promise<RegistrationQuestion[]> {
    return (await repo.listQuestions(eventId)).map(parseQuestion);
  }

  async function readSettings(eventId: string): Promise<RegistrationSettingsStored> {
    const settings = (await repo.findSettings(eventId))!;
    return {
      confirmHours: settings.confirmHours,
      offerHours: settings.offerHours,
      offerExtensionHours: settings.offerExtensionHours,
      reconfirmDaysBefore: settings.reconfirmDaysBefore,
      closedManually: settings.registrationClosedManually === 1,
      questions: await loadQuestions(eventId),
    };
  }

  function editProblems(
    event: EventAdmin,
    questions: RegistrationQuestion[],
    row: AdminRegistrationRow,
    update: RegistrationAdminUpdate,
  ): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (update.consents !== undefined) {
      // Consent is the person's own declaration (with time and address recorded): not an organizer's edit.
      problems.push({ field: 'consents', key: 'field.consent_by_person_only' });
    }
    if (update.sector !== undefined && !event.sectorDefinitions.some((s) => s.key === update.sector)) {
      problems.push({ field: 'sector', key: 'field.sector_unknown' });
    }
    // Topics the person already has stay allowed even if the event's list changed since.
    const kept = new Set([...event.topics, ...(JSON.parse(row.topics) as string[])]);
    update.topics?.forEach((topic, index) => {
      if (!kept.has(topic)) {
        problems.push({ field: `topics.${index}`, key: 'field.topic_unknown' });
      }
    });
    if (update.answers !== undefined) {
      problems.push(...checkAnswers(questions, update.answers));
    }
    return problems;
  }

  return {
    /** One page of an event's registrations with the number matching and the live counters. */
    async listRegistrations(
      actor: Actor,
      eventId: string,
      filter: RegistrationFilter,
    ): Promise<RegistrationList> {
      const event = await events.getEventForOrganizer(actor, eventId, 'de');
      const [rows, total, numbers, counters] = await Promise.all([
        repo.listRegistrations(eventId, filter),
        repo.countRegistrations(eventId, filter),
        repo.waitlistNumbers(eventId),
        countersOf(event),
      ]);
      return { registrations: rows.map((r) => toRegistrationAdminView(r, numbers)), total, counters };
    },

    /** The live counters of an event: held / capacity, waitlist, checked in. */
    async getCounters(actor: Actor, eventId: string): Promise<RegistrationCounters> {
      return countersOf(await events.getEventForOrganizer(actor, eventId, 'de'));
    },

    /** One registration with every field. */
    async getRegistration(actor: Actor, id: string): Promise<RegistrationAdmin> {
      return view(await findOwnedRegistration(actor, id));
    },

    /**
     * Changes fields that do not move seats (names, organization, sector, answers, notes …). The sector
     * must be the event's; answers must fit the current questions. Answers to removed questions stay stored.
     */
    async updateRegistration(
      actor: Actor,
      id: string,
      update: RegistrationAdminUpdate,
    ): Promise<RegistrationAdmin> {
      const row = await findOwnedRegistration(actor, id);
      const event = await events.getEventForOrganizer(actor, row.eventId, 'de');
      const questions = await loadQuestions(row.eventId);
      const problems = editProblems(event, questions, row, update);
      if (problems.length > 0) {
        throw new AppError('validation_failed', problems);
      }
      const { topics, answers, consents: _consents, ...plain } = update;
      const values: NonSeatValues = { ...plain, updatedAt: clock.now().toISOString() };
      if (topics !== undefined) {
        values.topics = JSON.stringify([...new Set(topics)]);
      }
      if (answers !== undefined) {
        values.answers = JSON.stringify({ ...storedAnswers(row), ...answers });
      }
      await repo.updateNonSeatFields(id, values);
      return view((await repo.findRegistration(id))!);
    },

    /** The registration settings of an event with its questions in order. */
    async getSettings(actor: Actor, eventId: string): Promise<RegistrationSettingsStored> {
      await events.getEventForOrganizer(actor, eventId, 'de');
      return readSettings(eventId);
    },

    /**
     * Replaces the settings and the question list. Questions keep their ids when edited; a question
     * left out is no longer asked, while the answers already given to it stay stored.
     */
    async saveSettings(
      actor: Actor,
      eventId: string,
      input: RegistrationSettingsInput,
    ): Promise<RegistrationSettingsStored> {
      await events.getEventForOrganizer(actor, eventId, 'de');
      const existing = new Set((await repo.listQuestions(eventId)).map((q) => q.id));
      const problems = checkQuestions(input.questions, existing);
      if (problems.length > 0) {
        throw new AppError('validation_failed', problems);
      }
      const rows: AdminQuestionRow[] = input.questions.map((q, position) => ({
        id: q.id ?? newId(),
        eventId,
        kind: q.kind,
        label: JSON.stringify(q.label),
        options: JSON.stringify(q.kind === 'single' || q.kind === 'multiple' ? q.options : []),
        required: q.required ? 1 : 0,
        position,
      }));
      await repo.saveSettings(
        eventId,
        {
          confirmHours: input.confirmHours,
          offerHours: input.offerHours,
          offerExtensionHours:
            input.offerExtensionHours ?? (await repo.findSettings(eventId))!.offerExtensionHours,
          reconfirmDaysBefore: input.reconfirmDaysBefore,
          registrationClosedManually: input.closedManually ? 1 : 0,
          updatedAt: clock.now().toISOString(),
        },
        rows,
      );
      return readSettings(eventId);
    },

    /** Everything an export of the matching registrations needs. */
    async loadExport(
      actor: Actor,
      eventId: string,
      filter: Omit<RegistrationFilter, 'limit' | 'offset'>,
    ): Promise<RegistrationExportData> {
      const event = await events.getEventForOrganizer(actor, eventId, 'de');
      const [rows, numbers, questions] = await Promise.all([
        repo.listRegistrations(eventId, filter),
        repo.waitlistNumbers(eventId),
        loadQuestions(eventId),
      ]);
      return { event, questions, registrations: rows.map((r) => toRegistrationAdminView(r, numbers)) };
    },
  };
}
export type RegistrationAdminService = ReturnType<typeof createRegistrationAdminService>;
