import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import { pickLocale } from '../../../contract/locale.js';
import type {
  AdminIdeas,
  IdeaBoard,
  IdeaDetail,
  IdeaFields,
  IdeaSuggestions,
  InterestInput,
  RoleSuggestions,
} from '../../../contract/project-board.js';
import { BOARD_LIMITS } from '../../../contract/project-board.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, type FieldProblem } from '../../errors.js';
import { newId } from '../../ids.js';
import type { MailOutbox } from '../../mail/outbox.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow, EventService } from '../events/index.js';
import type { NeedForMatching, NetworkingService } from '../networking/index.js';
import { renderBoardMail, type BoardMailKind } from './mails.js';
import { renderIdeaPdf } from './pdf.js';
import { assertCanViewBoard, assertOrganizer, personOf, viewerOf, type BoardViewer } from './policy.js';
import { boardRepository as repo, type BoardPersonRow, type Executor, type IdeaRow } from './repository.js';
import { isShown, toDetail, toSummary, type IdeaRows } from './view.js';

export interface ProjectBoardDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: Pick<MailOutbox, 'enqueueMail'>;
  baseUrl: string;
  events: Pick<EventService, 'findEventRowBySlug' | 'findEventRowById'>;
  networking: Pick<
    NetworkingService,
    'loadNeedMatcher' | 'listCompetences' | 'listBlocked' | 'isInDirectory'
  >;
}

function parseSectors(event: EventRow): SectorDefinition[] {
  try {
    return JSON.parse(event.sectors) as SectorDefinition[];
  } catch {
    return [];
  }
}

const fullName = (p: Pick<BoardPersonRow, 'firstName' | 'lastName'>) => `${p.firstName} ${p.lastName}`.trim();

/** Project ideas per event, interest in their partner roles, consortia, suggestions and nudges. */
export function createProjectBoardService(deps: ProjectBoardDeps) {
  const { db, clock } = deps;

  async function eventBySlug(slug: string): Promise<EventRow> {
    const event = await deps.events.findEventRowBySlug(slug);
    if (!event || event.status === 'draft') {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The viewer at the event: organizers, and participants visible on its board; others refused. */
  async function openBoard(actor: Actor, event: EventRow) {
    const viewer = viewerOf(actor);
    const me = viewer.personId ? await repo.findVisiblePerson(db, event.id, viewer.personId) : undefined;
    assertCanViewBoard(viewer, me !== undefined);
    const blocked = viewer.personId ? await deps.networking.listBlocked(viewer.personId) : new Set<string>();
    return { viewer, me, blocked };
  }

  async function loadRows(eventId: string, ideas: IdeaRow[]): Promise<IdeaRows> {
    const ids = ideas.map((i) => i.id);
    const roles = await repo.listRoles(db, ids);
    const interests = await repo.listInterests(db, ids);
    const personIds = [...new Set([...ideas.map((i) => i.initiatorId), ...interests.map((i) => i.personId)])];
    const people = await repo.listVisiblePeople(db, eventId, personIds);
    return { ideas, roles, interests, people: new Map(people.map((p) => [p.personId, p])) };
  }

  /** An idea the viewer may see (its initiator visible, no block between them), with its event. */
  async function openIdea(actor: Actor, ideaId: string) {
    const idea = await repo.findIdea(db, ideaId);
    const event = idea ? await deps.events.findEventRowById(idea.eventId) : undefined;
    if (!idea || !event) {
      throw new AppError('not_found');
    }
    const viewer = viewerOf(actor);
    const me = viewer.personId ? await repo.findVisiblePerson(db, event.id, viewer.personId) : undefined;
    if (viewer.kind !== 'organizer' && !me) {
      throw new AppError('not_found');
    }
    const blocked = viewer.personId ? await deps.networking.listBlocked(viewer.personId) : new Set<string>();
    const rows = await loadRows(event.id, [idea]);
    if (!isShown(rows, idea) || blocked.has(idea.initiatorId)) {
      throw new AppError('not_found');
    }
    return { idea, event, viewer, me, blocked, rows };
  }

  async function checkFields(event: EventRow, input: IdeaFields): Promise<void> {
    const sectors = new Set(parseSectors(event).map((s) => s.key));
    const competences = new Set((await deps.networking.listCompetences(event.id)).map((c) => c.key));
    const problems: FieldProblem[] = [];
    input.roles.forEach((role, i) => {
      if (!sectors.has(role.sector)) {
        problems.push({ field: `roles.${i}.sector`, key: 'field.sector_unknown' });
      }
      role.competences.forEach((key, k) => {
        if (!competences.has(key)) {
          problems.push({ field: `roles.${i}.competences.${k}`, key: 'field.tag_unknown' });
        }
      });
    });
    if (problems.length > 0) {
      throw new AppError('validation_failed', problems);
    }
  }

  async function writeRoles(trx: Executor, ideaId: string, input: IdeaFields, keep: Set<string>) {
    const existing = (await repo.listRoles(trx, [ideaId])).map((r) => r.id);
    const kept = new Set(input.roles.flatMap((r) => (r.id && existing.includes(r.id) ? [r.id] : [])));
    await repo.deleteRoles(
      trx,
      existing.filter((id) => !kept.has(id) && !keep.has(id)),
    );
    for (const [position, role] of input.roles.entries()) {
      const values = {
        position,
        sector: role.sector,
        competences: JSON.stringify(role.competences),
        description: role.description,
      };
      if (role.id && kept.has(role.id)) {
        await repo.updateRole(trx, role.id, values);
      } else {
        await repo.insertRole(trx, { id: newId(), ideaId, ...values });
      }
    }
  }

  async function sendMail(
    trx: Executor,
    kind: BoardMailKind,
    to: { id: string; email: string; locale: string | null; firstName: string; lastName: string },
    other: BoardPersonRow,
    idea: IdeaRow,
    event: EventRow,
    dedupe: string,
  ) {
    const locale = pickLocale(to.locale);
    const rendered = renderBoardMail(kind, {
      locale,
      name: fullName(to),
      otherName: fullName(other),
      otherOrganization: other.organization,
      ideaTitle: idea.title,
      eventTitle: event.title,
      url: `${deps.baseUrl}/events/${encodeURIComponent(event.slug)}/ideas/${idea.id}`,
    });
    await deps.mail.enqueueMail(
      {
        kind,
        dedupeKey: `${kind}:${dedupe}:${to.id}`,
        to: to.email,
        locale,
        ...rendered,
        about: { eventId: event.id, personId: to.id },
      },
      trx as Parameters<MailOutbox['enqueueMail']>[1],
    );
  }

  async function personRow(executor: Executor, personId: string) {
    return executor
      .selectFrom('people')
      .select(['id', 'email', 'locale', 'firstName', 'lastName'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
  }

  /** The role as a need for matching: its sector, competences and text; the initiator's organization and offer. */
  function needOf(
    idea: IdeaRow,
    role: { id: string; sector: string; competences: string[]; description: string },
    email?: string,
  ): NeedForMatching {
    return {
      id: role.id,
      organization: idea.organization,
      email,
      sector: role.sector,
      seekTags: role.competences,
      seekText: role.description,
      offerText: `${idea.contribution}\n${idea.problem}`,
      language: idea.language,
    };
  }

  async function roleSuggestions(
    eventId: string,
    rows: IdeaRows,
    idea: IdeaRow,
    excludedBase: ReadonlySet<string>,
    onlyOpen: boolean,
  ): Promise<RoleSuggestions['roles']> {
    const matcher = await deps.networking.loadNeedMatcher(eventId);
    const initiator = rows.people.get(idea.initiatorId);
    const initiatorBlocks = await deps.networking.listBlocked(idea.initiatorId);
    const involved = rows.interests.filter((i) => i.ideaId === idea.id).map((i) => i.personId);
    const excluded = new Set([idea.initiatorId, ...excludedBase, ...initiatorBlocks, ...involved]);
    const summary = toSummary(rows, idea);
    const result: RoleSuggestions['roles'] = [];
    for (const role of summary.roles) {
      if (onlyOpen && role.filled > 0) {
        continue;
      }
      const found = matcher.candidatesFor(
        needOf(idea, role, initiator?.email),
        BOARD_LIMITS.suggestionsMax * 2,
        excluded,
      );
      const people = await repo.listVisiblePeople(
        db,
        eventId,
        found.map((f) => f.personId),
      );
      const byId = new Map(people.map((p) => [p.personId, p]));
      result.push({
        roleId: role.id,
        candidates: found
          .filter((f) => byId.has(f.personId))
          .slice(0, BOARD_LIMITS.suggestionsMax)
          .map((f) => {
            const p = byId.get(f.personId)!;
            return {
              personId: p.personId,
              firstName: p.firstName,
              lastName: p.lastName,
              organization: p.organization,
              sector: p.sector,
              score: Math.round(f.score * 1000) / 1000,
              reason: f.reason,
            };
          }),
      });
    }
    return result;
  }

  async function getIdea(actor: Actor, ideaId: string): Promise<IdeaDetail> {
    const { idea, viewer, blocked, rows } = await openIdea(actor, ideaId);
    return toDetail(rows, idea, viewer.personId, blocked);
  }

  return {
    /** The board of an event: its ideas for the viewer, and the lists the form needs, in the locale. */
    async getBoard(actor: Actor, slug: string, locale: Locale): Promise<IdeaBoard> {
      const event = await eventBySlug(slug);
      const { me, blocked } = await openBoard(actor, event);
      const rows = await loadRows(event.id, await repo.listIdeasOfEvent(db, event.id));
      const competences = await deps.networking.listCompetences(event.id);
      return {
        eventId: event.id,
        slug: event.slug,
        title: event.title,
        canPost: me !== undefined,
        organization: me?.organization ?? '',
        ideas: rows.ideas
          .filter((idea) => isShown(rows, idea) && !blocked.has(idea.initiatorId))
          .map((idea) => toSummary(rows, idea)),
        competences: competences.map((c) => ({ key: c.key, label: c.label[locale] })),
        sectors: parseSectors(event).map((s) => ({ key: s.key, label: s.label[locale] })),
      };
    },

    /** Posts an idea; only a participant visible on the board may. */
    async createIdea(actor: Actor, slug: string, input: IdeaFields): Promise<IdeaDetail> {
      const personId = personOf(actor);
      const event = await eventBySlug(slug);
      const me = await repo.findVisiblePerson(db, event.id, personId);
      if (!me) {
        throw new AppError('forbidden');
      }
      await checkFields(event, input);
      const now = clock.now().toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await repo.insertIdea(trx, {
          id,
          eventId: event.id,
          initiatorId: personId,
          title: input.title,
          problem: input.problem,
          contribution: input.contribution,
          funding: input.funding,
          stage: input.stage,
          organization: input.organization,
          sector: me.sector,
          language: input.language,
          createdAt: now,
          updatedAt: now,
        });
        await writeRoles(trx, id, input, new Set());
      });
      return getIdea(actor, id);
    },

    /** One idea for the viewer (also its JSON export): contact details only inside the consortium. */
    getIdea,

    /** Replaces an idea's texts, stage and roles (its initiator only); kept roles keep their interests. */
    async updateIdea(actor: Actor, ideaId: string, input: IdeaFields): Promise<IdeaDetail> {
      const personId = personOf(actor);
      const { idea, event } = await openIdea(actor, ideaId);
      if (idea.initiatorId !== personId) {
        throw new AppError('forbidden');
      }
      await checkFields(event, input);
      await db.transaction().execute(async (trx) => {
        await repo.updateIdea(trx, idea.id, {
          title: input.title,
          problem: input.problem,
          contribution: input.contribution,
          funding: input.funding,
          stage: input.stage,
          organization: input.organization,
          language: input.language,
          updatedAt: clock.now().toISOString(),
        });
        await writeRoles(trx, idea.id, input, new Set());
      });
      return getIdea(actor, idea.id);
    },

    /** Deletes an idea with its roles and interests (its initiator, or an organizer). */
    async deleteIdea(actor: Actor, ideaId: string): Promise<void> {
      const { idea, viewer } = await openIdea(actor, ideaId);
      if (viewer.kind !== 'organizer' && idea.initiatorId !== viewer.personId) {
        throw new AppError('forbidden');
      }
      await db.transaction().execute((trx) => repo.deleteIdea(trx, idea.id));
    },

    /** Expresses interest in a role with a short note; the initiator is told by mail. */
    async expressInterest(actor: Actor, roleId: string, input: Required<InterestInput>): Promise<IdeaDetail> {
      const personId = personOf(actor);
      const role = await repo.findRole(db, roleId);
      if (!role) {
        throw new AppError('not_found');
      }
      const { idea, event, me, rows } = await openIdea(actor, role.ideaId);
      if (!me || idea.initiatorId === personId) {
        throw new AppError('invalid_state');
      }
      if ((await deps.networking.listBlocked(idea.initiatorId)).has(personId)) {
        throw new AppError('not_found');
      }
      const existing = await repo.findInterestOf(db, roleId, personId);
      await db.transaction().execute(async (trx) => {
        await repo.upsertInterest(trx, {
          id: newId(),
          ideaId: idea.id,
          roleId,
          personId,
          note: input.note,
          status: 'pending',
          createdAt: clock.now().toISOString(),
          decidedAt: null,
        });
        const initiator = rows.people.get(idea.initiatorId);
        if (!existing && initiator) {
          await sendMail(
            trx,
            'idea-interest',
            await personRow(trx, idea.initiatorId),
            me,
            idea,
            event,
            `${roleId}:${personId}`,
          );
        }
      });
      return getIdea(actor, idea.id);
    },

    /** Withdraws one's interest in a role (an accepted partner leaves the consortium so). */
    async withdrawInterest(actor: Actor, roleId: string): Promise<IdeaDetail> {
      const personId = personOf(actor);
      const role = await repo.findRole(db, roleId);
      const interest = role ? await repo.findInterestOf(db, roleId, personId) : undefined;
      if (!role || !interest) {
        throw new AppError('not_found');
      }
      await repo.deleteInterest(db, interest.id);
      return getIdea(actor, role.ideaId);
    },

    /** The initiator accepts or declines an interest; the person is told by mail. */
    async decideInterest(
      actor: Actor,
      interestId: string,
      status: 'accepted' | 'declined',
    ): Promise<IdeaDetail> {
      const personId = personOf(actor);
      const interest = await repo.findInterest(db, interestId);
      if (!interest) {
        throw new AppError('not_found');
      }
      const { idea, event, rows, blocked } = await openIdea(actor, interest.ideaId);
      const partner = rows.people.get(interest.personId);
      if (idea.initiatorId !== personId || !partner || blocked.has(interest.personId)) {
        throw new AppError('not_found');
      }
      const initiator = rows.people.get(idea.initiatorId)!;
      await db.transaction().execute(async (trx) => {
        await repo.decideInterest(trx, interest.id, status, clock.now().toISOString());
        if (interest.status !== status) {
          const kind = status === 'accepted' ? 'idea-accepted' : 'idea-declined';
          await sendMail(
            trx,
            kind,
            await personRow(trx, interest.personId),
            initiator,
            idea,
            event,
            `${interest.id}:${clock.now().getTime()}`,
          );
        }
      });
      return getIdea(actor, idea.id);
    },

    /** For each role of an idea, the participants who fit it best (initiator and organizers only). */
    async suggestCandidates(actor: Actor, ideaId: string): Promise<RoleSuggestions> {
      const { idea, event, viewer, rows } = await openIdea(actor, ideaId);
      if (viewer.kind !== 'organizer' && viewer.personId !== idea.initiatorId) {
        throw new AppError('forbidden');
      }
      return { roles: await roleSuggestions(event.id, rows, idea, new Set(), false) };
    },

    /** For the caller, the ideas whose roles fit their offers, best first, each with the reason. */
    async suggestIdeas(actor: Actor, slug: string): Promise<IdeaSuggestions> {
      const personId = personOf(actor);
      const event = await eventBySlug(slug);
      const { blocked } = await openBoard(actor, event);
      const matcher = await deps.networking.loadNeedMatcher(event.id);
      const rows = await loadRows(event.id, await repo.listIdeasOfEvent(db, event.id));
      const ideas = rows.ideas.filter(
        (idea) => isShown(rows, idea) && idea.initiatorId !== personId && !blocked.has(idea.initiatorId),
      );
      const mine = new Set(rows.interests.filter((i) => i.personId === personId).map((i) => i.ideaId));
      const summaries = new Map(ideas.map((idea) => [idea.id, toSummary(rows, idea)]));
      const needs = ideas
        .filter((idea) => !mine.has(idea.id))
        .flatMap((idea) =>
          summaries.get(idea.id)!.roles.map((role) => ({
            ideaId: idea.id,
            need: needOf(idea, role, rows.people.get(idea.initiatorId)?.email),
          })),
        );
      const fits = matcher.needsFitting(
        personId,
        needs.map((n) => n.need),
      );
      const ideaOfRole = new Map(needs.map((n) => [n.need.id, n.ideaId]));
      const seen = new Set<string>();
      const suggestions: IdeaSuggestions['suggestions'] = [];
      for (const fit of fits) {
        const ideaId = ideaOfRole.get(fit.needId)!;
        if (seen.has(ideaId) || suggestions.length === BOARD_LIMITS.suggestionsMax) {
          continue;
        }
        seen.add(ideaId);
        suggestions.push({
          idea: summaries.get(ideaId)!,
          roleId: fit.needId,
          score: Math.round(fit.score * 1000) / 1000,
          reason: fit.reason,
        });
      }
      return { hasProfile: await deps.networking.isInDirectory(event.id, personId), suggestions };
    },

    /** The organizer's list: every shown idea with its unfilled roles and their best candidates. */
    async listForOrganizer(actor: Actor, eventId: string): Promise<AdminIdeas> {
      assertOrganizer(actor);
      const event = await deps.events.findEventRowById(eventId);
      if (!event) {
        throw new AppError('not_found');
      }
      const rows = await loadRows(event.id, await repo.listIdeasOfEvent(db, event.id));
      const ideas: AdminIdeas['ideas'] = [];
      for (const idea of rows.ideas.filter((i) => isShown(rows, i))) {
        ideas.push({
          ...toSummary(rows, idea),
          openRoles: await roleSuggestions(event.id, rows, idea, new Set(), true),
        });
      }
      return { ideas };
    },

    /** An organizer points a candidate to an idea's role by mail (through the outbox, once per role). */
    async nudgeCandidate(actor: Actor, roleId: string, personId: string): Promise<void> {
      assertOrganizer(actor);
      const role = await repo.findRole(db, roleId);
      const idea = role ? await repo.findIdea(db, role.ideaId) : undefined;
      const event = idea ? await deps.events.findEventRowById(idea.eventId) : undefined;
      if (!role || !idea || !event) {
        throw new AppError('not_found');
      }
      const rows = await loadRows(event.id, [idea]);
      const initiator = rows.people.get(idea.initiatorId);
      const candidate = await repo.findVisiblePerson(db, event.id, personId);
      if (!initiator || !candidate) {
        throw new AppError('not_found');
      }
      const blocked = await deps.networking.listBlocked(idea.initiatorId);
      if (blocked.has(personId) || personId === idea.initiatorId) {
        throw new AppError('invalid_state');
      }
      await db.transaction().execute(async (trx) => {
        await sendMail(trx, 'idea-nudge', await personRow(trx, personId), initiator, idea, event, roleId);
      });
    },

    /** The idea and its consortium on one A4 page (no contact details), in the request's language. */
    async renderPdf(
      actor: Actor,
      ideaId: string,
      locale: Locale,
    ): Promise<{ pdf: Buffer; fileName: string }> {
      const { idea, event, viewer, blocked, rows } = await openIdea(actor, ideaId);
      const detail = toDetail(rows, idea, viewer.personId, blocked);
      const sectors = new Map(parseSectors(event).map((s) => [s.key, s.label[locale]]));
      const pdf = await renderIdeaPdf(
        detail,
        { sector: (key) => sectors.get(key) ?? key, eventTitle: event.title },
        locale,
      );
      const stem = locale === 'de' ? 'projektidee' : 'project-idea';
      return { pdf, fileName: `${stem}-${idea.id.slice(0, 8)}.pdf` };
    },

    /** The person's ideas, roles and interests for the data export. */
    exportPerson: (personId: string) => repo.listPersonData(db, personId),
    /** Removes the person's ideas and interests (inside the erasure transaction). */
    erasePerson: (personId: string, trx: Executor) => repo.erasePerson(trx, personId),
  };
}
export type ProjectBoardService = ReturnType<typeof createProjectBoardService>;
export type { BoardViewer };
