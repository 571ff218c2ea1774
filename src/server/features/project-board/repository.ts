import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type {
  Database,
  ProjectIdeasTable,
  ProjectInterestsTable,
  ProjectRolesTable,
} from '../../db/schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;
export type IdeaRow = Selectable<ProjectIdeasTable>;
export type RoleRow = Selectable<ProjectRolesTable>;
export type InterestRow = Selectable<ProjectInterestsTable>;

/** A person as the board shows them: name, and organization, sector and contact from the registration. */
export interface BoardPersonRow {
  personId: string;
  firstName: string;
  lastName: string;
  organization: string;
  sector: string;
  email: string;
  phone: string;
}

/**
 * The board's visibility rule, in one place: a person takes part in an event's board only while they
 * hold a confirmed registration for it with the directory consent. The registration columns are read
 * here (never written), so a cancellation or a withdrawn consent hides their ideas and interests at once.
 */
function visiblePeople(db: Executor, eventId: string) {
  return db
    .selectFrom('registrations as r')
    .innerJoin('people as u', 'u.id', 'r.personId')
    .select([
      'u.id as personId',
      'u.firstName',
      'u.lastName',
      'r.organization',
      'r.sector',
      'r.email',
      'r.phone',
    ])
    .where('r.eventId', '=', eventId)
    .where('r.status', '=', 'confirmed')
    .where('r.consentDirectory', '=', 1);
}

/** The only code that touches the project board's tables. */
export const boardRepository = {
  /** The person as a visible member of the event's board, or undefined (not confirmed or no consent). */
  findVisiblePerson: (db: Executor, eventId: string, personId: string): Promise<BoardPersonRow | undefined> =>
    visiblePeople(db, eventId).where('r.personId', '=', personId).executeTakeFirst(),

  /** These people, where visible at the event. */
  listVisiblePeople: async (db: Executor, eventId: string, ids: string[]): Promise<BoardPersonRow[]> => {
    const rows: BoardPersonRow[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      rows.push(
        ...((await visiblePeople(db, eventId)
          .where('r.personId', 'in', chunk)
          .execute()) as BoardPersonRow[]),
      );
    }
    return rows;
  },

  listIdeasOfEvent: (db: Executor, eventId: string): Promise<IdeaRow[]> =>
    db
      .selectFrom('projectIdeas')
      .selectAll()
      .where('eventId', '=', eventId)
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .execute(),

  findIdea: (db: Executor, id: string): Promise<IdeaRow | undefined> =>
    db.selectFrom('projectIdeas').selectAll().where('id', '=', id).executeTakeFirst(),

  listRoles: async (db: Executor, ideaIds: string[]): Promise<RoleRow[]> =>
    ideaIds.length === 0
      ? []
      : db
          .selectFrom('projectRoles')
          .selectAll()
          .where('ideaId', 'in', ideaIds)
          .orderBy('ideaId')
          .orderBy('position')
          .execute(),

  findRole: (db: Executor, id: string): Promise<RoleRow | undefined> =>
    db.selectFrom('projectRoles').selectAll().where('id', '=', id).executeTakeFirst(),

  listInterests: async (db: Executor, ideaIds: string[]): Promise<InterestRow[]> =>
    ideaIds.length === 0
      ? []
      : db
          .selectFrom('projectInterests')
          .selectAll()
          .where('ideaId', 'in', ideaIds)
          .orderBy('createdAt')
          .orderBy('id')
          .execute(),

  findInterest: (db: Executor, id: string): Promise<InterestRow | undefined> =>
    db.selectFrom('projectInterests').selectAll().where('id', '=', id).executeTakeFirst(),

  insertIdea: async (db: Executor, row: Insertable<ProjectIdeasTable>): Promise<void> => {
    await db.insertInto('projectIdeas').values(row).execute();
  },

  updateIdea: async (
    db: Executor,
    id: string,
    changes: Partial<Omit<Insertable<ProjectIdeasTable>, 'id' | 'eventId' | 'initiatorId'>>,
  ): Promise<void> => {
    await db.updateTable('projectIdeas').set(changes).where('id', '=', id).execute();
  },

  deleteIdea: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('projectInterests').where('ideaId', '=', id).execute();
    await db.deleteFrom('projectRoles').where('ideaId', '=', id).execute();
    await db.deleteFrom('projectIdeas').where('id', '=', id).execute();
  },

  insertRole: async (db: Executor, row: Insertable<ProjectRolesTable>): Promise<void> => {
    await db.insertInto('projectRoles').values(row).execute();
  },

  updateRole: async (
    db: Executor,
    id: string,
    changes: Pick<RoleRow, 'position' | 'sector' | 'competences' | 'description'>,
  ): Promise<void> => {
    await db.updateTable('projectRoles').set(changes).where('id', '=', id).execute();
  },

  /** Removes roles (and their interests) that an edit dropped. */
  deleteRoles: async (db: Executor, ids: string[]): Promise<void> => {
    if (ids.length === 0) {
      return;
    }
    await db.deleteFrom('projectInterests').where('roleId', 'in', ids).execute();
    await db.deleteFrom('projectRoles').where('id', 'in', ids).execute();
  },

  /** One interest per person and role: a second one updates the note (and reopens a withdrawn one). */
  upsertInterest: async (db: Executor, row: Insertable<ProjectInterestsTable>): Promise<void> => {
    await db
      .insertInto('projectInterests')
      .values(row)
      .onConflict((oc) => oc.columns(['roleId', 'personId']).doUpdateSet({ note: row.note }))
      .execute();
  },

  findInterestOf: (db: Executor, roleId: string, personId: string): Promise<InterestRow | undefined> =>
    db
      .selectFrom('projectInterests')
      .selectAll()
      .where('roleId', '=', roleId)
      .where('personId', '=', personId)
      .executeTakeFirst(),

  deleteInterest: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('projectInterests').where('id', '=', id).execute();
  },

  /** Decides a pending (or earlier decided) interest in one statement. */
  decideInterest: async (
    db: Executor,
    id: string,
    status: 'accepted' | 'declined',
    now: string,
  ): Promise<void> => {
    await db.updateTable('projectInterests').set({ status, decidedAt: now }).where('id', '=', id).execute();
  },

  /** Everything the person wrote on boards: ideas (with roles) and interests (data export). */
  listPersonData: async (db: Executor, personId: string) => {
    const ideas = await db
      .selectFrom('projectIdeas')
      .selectAll()
      .where('initiatorId', '=', personId)
      .execute();
    const roles = await boardRepository.listRoles(
      db,
      ideas.map((i) => i.id),
    );
    const interests = await db
      .selectFrom('projectInterests as i')
      .innerJoin('projectIdeas as d', 'd.id', 'i.ideaId')
      .select([
        'i.id',
        'i.ideaId',
        'd.title as ideaTitle',
        'i.roleId',
        'i.note',
        'i.status',
        'i.createdAt',
        'i.decidedAt',
      ])
      .where('i.personId', '=', personId)
      .execute();
    return { ideas, roles, interests };
  },

  /** Removes the person's ideas (with their roles and everyone's interests in them) and own interests. */
  erasePerson: async (db: Executor, personId: string): Promise<void> => {
    const ideas = await db
      .selectFrom('projectIdeas')
      .select('id')
      .where('initiatorId', '=', personId)
      .execute();
    for (const { id } of ideas) {
      await boardRepository.deleteIdea(db, id);
    }
    await db.deleteFrom('projectInterests').where('personId', '=', personId).execute();
  },
};
