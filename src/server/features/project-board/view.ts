import type { IdeaDetail, IdeaSummary, Interest } from '../../../contract/project-board.js';
import type { BoardPersonRow, IdeaRow, InterestRow, RoleRow } from './repository.js';

/** The rows of some ideas of one event, with the people visible at the event among those they name. */
export interface IdeaRows {
  ideas: IdeaRow[];
  roles: RoleRow[];
  interests: InterestRow[];
  people: Map<string, BoardPersonRow>;
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function personOf(row: BoardPersonRow) {
  return {
    personId: row.personId,
    firstName: row.firstName,
    lastName: row.lastName,
    organization: row.organization,
    sector: row.sector,
  };
}

/** The partners of an idea: accepted interests of people still visible at the event. */
export function acceptedOf(rows: IdeaRows, ideaId: string): InterestRow[] {
  return rows.interests.filter(
    (i) => i.ideaId === ideaId && i.status === 'accepted' && rows.people.has(i.personId),
  );
}

/** Whether the idea may be shown: its initiator is visible at the event. */
export function isShown(rows: IdeaRows, idea: IdeaRow): boolean {
  return rows.people.has(idea.initiatorId);
}

/** An idea as the board lists it (no contact details, no notes). */
export function toSummary(rows: IdeaRows, idea: IdeaRow): IdeaSummary {
  const initiator = rows.people.get(idea.initiatorId)!;
  const accepted = acceptedOf(rows, idea.id);
  const sectors = new Set([idea.sector, ...accepted.map((i) => rows.people.get(i.personId)!.sector)]);
  return {
    id: idea.id,
    eventId: idea.eventId,
    title: idea.title,
    problem: idea.problem,
    stage: idea.stage,
    organization: idea.organization,
    language: idea.language,
    funding: idea.funding,
    initiator: { ...personOf(initiator), organization: idea.organization, sector: idea.sector },
    roles: rows.roles
      .filter((r) => r.ideaId === idea.id)
      .map((r) => ({
        id: r.id,
        sector: r.sector,
        competences: parseList(r.competences),
        description: r.description,
        filled: accepted.filter((i) => i.roleId === r.id).length,
      })),
    consortiumSectors: [...sectors].sort(),
    consortiumSize: 1 + accepted.length,
    createdAt: idea.createdAt,
  };
}

function toInterest(rows: IdeaRows, row: InterestRow): Interest {
  return {
    ...personOf(rows.people.get(row.personId)!),
    id: row.id,
    roleId: row.roleId,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt,
  };
}

/**
 * An idea in full for one viewer. Contact details appear only when the viewer is in the consortium
 * (the initiator or an accepted partner), and never between two people when either blocked the other.
 * Notes of interests are the initiator's and the interested person's only.
 */
export function toDetail(
  rows: IdeaRows,
  idea: IdeaRow,
  viewerId: string | null,
  blocked: ReadonlySet<string>,
): IdeaDetail {
  const summary = toSummary(rows, idea);
  const accepted = acceptedOf(rows, idea.id);
  const isInitiator = viewerId === idea.initiatorId;
  const isMember = isInitiator || accepted.some((i) => i.personId === viewerId);
  const initiator = rows.people.get(idea.initiatorId)!;
  const contactOf = (p: BoardPersonRow) =>
    isMember && !blocked.has(p.personId) ? { email: p.email, phone: p.phone } : null;
  const mine = rows.interests.filter((i) => i.ideaId === idea.id && i.personId === viewerId);
  return {
    ...summary,
    contribution: idea.contribution,
    consortium: [
      { ...summary.initiator, roleId: null, contact: contactOf(initiator) },
      ...accepted.map((i) => {
        const p = rows.people.get(i.personId)!;
        return { ...personOf(p), roleId: i.roleId, contact: contactOf(p) };
      }),
    ],
    isInitiator,
    isMember,
    myInterests: viewerId && rows.people.has(viewerId) ? mine.map((i) => toInterest(rows, i)) : [],
    interests: isInitiator
      ? rows.interests
          .filter((i) => i.ideaId === idea.id && rows.people.has(i.personId) && !blocked.has(i.personId))
          .map((i) => toInterest(rows, i))
      : [],
    canEdit: isInitiator,
  };
}
