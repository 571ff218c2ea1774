import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminIdeas, IdeaBoard, IdeaDetail, RoleSuggestions } from '../../src/contract/project-board.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  addParticipant,
  createNetworkingEvent,
  saveProfile,
  type Participant,
} from '../networking/helpers.js';
import { extractPdfText } from '../checkin/pdf-text.js';
import { call, postIdea } from './helpers.js';

/**
 * The project board: who sees ideas (confirmed participants in the directory, and organizers; not
 * after a cancellation or a withdrawn consent), contact details only inside the consortium, blocks,
 * roles filled more than once, and the person's export and erasure.
 */
describe.each(DIALECTS)('project board on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let initiator: Participant;
  let logistics: Participant;
  let software: Participant;
  let outsider: Participant;
  let idea: IdeaDetail;

  async function join(p: Participant, overrides: Parameters<typeof saveProfile>[3] = {}) {
    await saveProfile(t, p, event.slug, overrides);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    initiator = await addParticipant(t, organizer, event.id, {
      lastName: 'Initiatorin',
      organization: 'Batterie Kreislauf GmbH',
      phone: '+49 351 1111111',
    });
    logistics = await addParticipant(t, organizer, event.id, {
      lastName: 'Logistik',
      organization: 'Spedition Elbe',
      sector: 'logistics',
      phone: '+49 351 2222222',
    });
    software = await addParticipant(t, organizer, event.id, {
      lastName: 'Software',
      sector: 'it',
      phone: '+49 351 3333333',
    });
    outsider = await addParticipant(t, organizer, event.id, {
      lastName: 'Draussen',
      phone: '+49 351 4444444',
    });
    await join(initiator, { organization: 'Batterie Kreislauf GmbH', sector: 'supplier' });
    await join(logistics, { organization: 'Spedition Elbe', sector: 'logistics' });
    await join(software, { organization: 'Code Dresden', sector: 'it' });
    await join(outsider, { organization: 'Beobachter AG', sector: 'other' });
    idea = await postIdea(t, initiator, event.slug);
  });
  afterAll(async () => t.close());

  it('shows ideas to participants in the directory and to organizers, and refuses everyone else', async () => {
    const seen = await call<IdeaBoard>(t, outsider, 'GET', `/api/v1/events/${event.slug}/ideas?lang=en`);
    expect(seen.status).toBe(200);
    expect(seen.body.ideas.map((i) => i.title)).toEqual(['Zweites Leben für Traktionsbatterien']);
    expect(seen.body.sectors.find((s) => s.key === 'logistics')?.label).toBe('Logistics');
    const byOrganizer = await call<IdeaBoard>(t, organizer, 'GET', `/api/v1/events/${event.slug}/ideas`);
    expect(byOrganizer.body.ideas).toHaveLength(1);

    const noConsent = await addParticipant(t, organizer, event.id);
    expect((await call(t, noConsent, 'GET', `/api/v1/events/${event.slug}/ideas`)).status).toBe(403);
    expect((await call(t, noConsent, 'GET', `/api/v1/ideas/${idea.id}`)).status).toBe(404);
    const posted = await call(t, noConsent, 'POST', `/api/v1/events/${event.slug}/ideas`, {
      title: 'x',
      problem: 'y',
      organization: 'z',
      roles: [{ sector: 'it' }],
    });
    expect(posted.status).toBe(403);
    expect((await call(t, null, 'GET', `/api/v1/events/${event.slug}/ideas`)).status).toBe(401);
  });

  it('hides an initiator who cancelled or withdrew the directory consent, with their ideas', async () => {
    const db = t.database.handle.db;
    for (const how of ['withdrawn', 'cancelled'] as const) {
      const person = await addParticipant(t, organizer, event.id, { organization: `Weg ${how} GmbH` });
      await join(person, { organization: `Weg ${how} GmbH` });
      const own = await postIdea(t, person, event.slug, { title: `Idee ${how}` });
      if (how === 'withdrawn') {
        await db
          .updateTable('registrations')
          .set({ consentDirectory: 0 })
          .where('personId', '=', person.personId)
          .execute();
      } else {
        const registration = await db
          .selectFrom('registrations')
          .select('id')
          .where('personId', '=', person.personId)
          .executeTakeFirstOrThrow();
        const cancel = await call(
          t,
          organizer,
          'POST',
          `/api/v1/admin/registrations/${registration.id}/cancel`,
        );
        expect(cancel.status, cancel.text).toBe(200);
      }
      for (const viewer of [outsider, organizer]) {
        const board = await call<IdeaBoard>(t, viewer, 'GET', `/api/v1/events/${event.slug}/ideas`);
        expect(board.text).not.toContain(`Idee ${how}`);
        expect((await call(t, viewer, 'GET', `/api/v1/ideas/${own.id}`)).status).toBe(404);
      }
      expect((await call(t, person, 'GET', `/api/v1/events/${event.slug}/ideas`)).status).toBe(403);
    }
  });

  it('shares contact details only inside the consortium; a role can be filled twice', async () => {
    const [logisticsRole, softwareRole] = idea.roles;
    const interested = await call<IdeaDetail>(
      t,
      logistics,
      'PUT',
      `/api/v1/idea-roles/${logisticsRole!.id}/interest`,
      {
        note: 'Wir holen Altbatterien in ganz Sachsen ab.',
      },
    );
    expect(interested.status, interested.text).toBe(200);
    expect(interested.body.myInterests[0]?.status).toBe('pending');
    await call(t, software, 'PUT', `/api/v1/idea-roles/${softwareRole!.id}/interest`, {
      note: 'BMS-Software',
    });
    // A second partner for the logistics role (a role can be filled more than once).
    const second = await addParticipant(t, organizer, event.id, { sector: 'logistics' });
    await join(second, { organization: 'Bahnlogistik Sachsen', sector: 'logistics' });
    await call(t, second, 'PUT', `/api/v1/idea-roles/${logisticsRole!.id}/interest`, { note: 'Schiene' });

    const mine = await call<IdeaDetail>(t, initiator, 'GET', `/api/v1/ideas/${idea.id}`);
    expect(mine.body.interests.map((i) => i.note).sort()).toEqual(
      ['BMS-Software', 'Schiene', 'Wir holen Altbatterien in ganz Sachsen ab.'].sort(),
    );
    const mail = await t.database.handle.db
      .selectFrom('outbox')
      .select(['subject', 'textBody'])
      .where('toAddress', '=', initiator.email)
      .where('kind', '=', 'idea-interest')
      .execute();
    expect(mail).toHaveLength(3);
    expect(mail[0]!.textBody).not.toContain('+49');

    for (const person of [logistics, second]) {
      const id = mine.body.interests.find((i) => i.personId === person.personId)!.id;
      const accepted = await call<IdeaDetail>(t, initiator, 'POST', `/api/v1/idea-interests/${id}/accept`);
      expect(accepted.status, accepted.text).toBe(200);
    }
    const softwareInterest = mine.body.interests.find((i) => i.personId === software.personId)!.id;
    await call(t, initiator, 'POST', `/api/v1/idea-interests/${softwareInterest}/decline`);

    const asMember = await call<IdeaDetail>(t, logistics, 'GET', `/api/v1/ideas/${idea.id}`);
    expect(asMember.body.isMember).toBe(true);
    expect(asMember.body.roles[0]!.filled).toBe(2);
    expect(asMember.body.consortium.map((m) => m.organization).slice(0, 2)).toEqual([
      'Batterie Kreislauf GmbH',
      'Spedition Elbe',
    ]);
    expect(asMember.body.consortiumSectors).toEqual(['logistics', 'supplier']);
    expect(asMember.text).toContain('+49 351 1111111');
    expect(asMember.text).toContain(initiator.email);
    // Another person's note is not a partner's business.
    expect(asMember.text).not.toContain('Schiene');

    for (const viewer of [software, outsider, organizer]) {
      const seen = await call<IdeaDetail>(t, viewer, 'GET', `/api/v1/ideas/${idea.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.consortium).toHaveLength(3);
      expect(seen.body.consortium.every((m) => m.contact === null)).toBe(true);
      for (const secret of ['+49 351 1111111', '+49 351 2222222', initiator.email, logistics.email]) {
        expect(seen.text, secret).not.toContain(secret);
      }
    }
    const board = await call<IdeaBoard>(t, outsider, 'GET', `/api/v1/events/${event.slug}/ideas`);
    expect(board.text).not.toContain('+49 351');
    expect(board.body.ideas[0]!.consortiumSize).toBe(3);
  });

  it('respects blocks both ways: no idea, no interest, no suggestion', async () => {
    const blocker = await addParticipant(t, organizer, event.id, { sector: 'it' });
    await join(blocker, {
      organization: 'Block IT',
      sector: 'it',
      offerText: 'Software für Batteriemanagement',
    });
    const own = await postIdea(t, blocker, event.slug, {
      title: 'Idee mit Sperre',
      organization: 'Block IT',
    });
    expect((await call(t, blocker, 'PUT', `/api/v1/me/blocks/${outsider.personId}`)).status).toBe(200);

    const board = await call<IdeaBoard>(t, outsider, 'GET', `/api/v1/events/${event.slug}/ideas`);
    expect(board.text).not.toContain('Idee mit Sperre');
    expect((await call(t, outsider, 'GET', `/api/v1/ideas/${own.id}`)).status).toBe(404);
    expect(
      (await call(t, outsider, 'PUT', `/api/v1/idea-roles/${own.roles[0]!.id}/interest`, {})).status,
    ).toBe(404);

    // The initiator blocks someone: that person's suggestions never name the idea, nor its suggestions them.
    await call(t, initiator, 'PUT', `/api/v1/me/blocks/${blocker.personId}`);
    const suggestions = await call<RoleSuggestions>(
      t,
      initiator,
      'GET',
      `/api/v1/ideas/${idea.id}/suggestions`,
    );
    expect(suggestions.status).toBe(200);
    expect(suggestions.text).not.toContain(blocker.personId);
    expect((await call(t, blocker, 'GET', `/api/v1/ideas/${idea.id}`)).status).toBe(404);
    await call(t, initiator, 'DELETE', `/api/v1/me/blocks/${blocker.personId}`);
  });

  it('refuses unknown sectors and competences with a field error, and a non-initiator edit', async () => {
    const bad = await call<{ error: { fields: { field: string }[] } }>(
      t,
      outsider,
      'POST',
      `/api/v1/events/${event.slug}/ideas`,
      {
        title: 'Neu',
        problem: 'Problem',
        organization: 'Beobachter AG',
        roles: [{ sector: 'raumfahrt', competences: ['teleportation'] }],
      },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.field)).toEqual(['roles.0.sector', 'roles.0.competences.0']);
    const edit = await call(t, outsider, 'PUT', `/api/v1/ideas/${idea.id}`, {
      title: 'Übernommen',
      problem: 'x',
      organization: 'y',
      roles: [{ sector: 'it' }],
    });
    expect(edit.status).toBe(403);
  });

  it('lists ideas with unfilled roles for organizers, who nudge a candidate by mail', async () => {
    const listed = await call<AdminIdeas>(t, organizer, 'GET', `/api/v1/admin/events/${event.id}/ideas`);
    expect(listed.status).toBe(200);
    const ours = listed.body.ideas.find((i) => i.id === idea.id)!;
    // The logistics role is filled; the software and research roles are open.
    expect(ours.openRoles.map((r) => r.roleId)).toEqual([idea.roles[1]!.id, idea.roles[2]!.id]);
    const nudged = await call(t, organizer, 'POST', `/api/v1/admin/idea-roles/${idea.roles[2]!.id}/nudge`, {
      personId: outsider.personId,
    });
    expect(nudged.status, nudged.text).toBe(200);
    const mail = await t.database.handle.db
      .selectFrom('outbox')
      .select(['subject', 'status'])
      .where('toAddress', '=', outsider.email)
      .where('kind', '=', 'idea-nudge')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain('Zweites Leben für Traktionsbatterien');

    const dashboard = await call<{
      ideas: { ideas: number; consortia: number; stages: { stage: string; count: number }[] };
    }>(t, organizer, 'GET', `/api/v1/admin/events/${event.id}/dashboard`);
    expect(dashboard.status).toBe(200);
    // Ideas of people who left the board still count: a dashboard counts what happened.
    expect(dashboard.body.ideas.consortia).toBe(1);
    expect(dashboard.body.ideas.stages.find((s) => s.stage === 'forming')?.count).toBeGreaterThanOrEqual(1);
  });

  it('prints the idea and its partners on one PDF page, in any script, without contact details', async () => {
    const greek = await addParticipant(t, organizer, event.id, {
      firstName: 'Ελένη',
      lastName: 'Παπαδοπούλου',
      organization: 'Łódź Dvořák Институт',
      sector: 'research',
    });
    await join(greek, { organization: 'Łódź Dvořák Институт', sector: 'research' });
    await call(t, greek, 'PUT', `/api/v1/idea-roles/${idea.roles[2]!.id}/interest`, { note: 'Labor' });
    const seen = await call<IdeaDetail>(t, initiator, 'GET', `/api/v1/ideas/${idea.id}`);
    const interest = seen.body.interests.find((i) => i.personId === greek.personId)!;
    await call(t, initiator, 'POST', `/api/v1/idea-interests/${interest.id}/accept`);

    const response = await t.app.inject({
      url: `/api/v1/ideas/${idea.id}/export.pdf?lang=en`,
      headers: outsider.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.toString('latin1').match(/\/Type \/Page(?!s)/g)).toHaveLength(1);
    const text = extractPdfText(pdf).join('\n');
    for (const expected of [
      'Zweites Leben für Traktionsbatterien',
      'Batterie Kreislauf GmbH',
      'Spedition Elbe',
      'Łódź Dvořák Институт',
      'Ελένη Παπαδοπούλου',
      'Research',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('+49');
    expect(text).not.toContain('@example.org');
    expect((await call(t, null, 'GET', `/api/v1/ideas/${idea.id}/export.pdf`)).status).toBe(401);
  });

  it('exports the ideas and interests of a person and erases them', async () => {
    const person = await addParticipant(t, organizer, event.id);
    await join(person, { organization: 'Export GmbH' });
    const own = await postIdea(t, person, event.slug, {
      title: 'Meine exportierte Idee',
      organization: 'Export GmbH',
    });
    await call(t, person, 'PUT', `/api/v1/idea-roles/${idea.roles[2]!.id}/interest`, {
      note: 'Mein Laborinteresse',
    });
    await call(t, logistics, 'PUT', `/api/v1/idea-roles/${own.roles[0]!.id}/interest`, { note: 'x' });
    const exported = await t.app.inject({ url: '/api/v1/me/export', headers: person.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('Meine exportierte Idee');
    expect(exported.body).toContain('Mein Laborinteresse');

    const erased = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: person.headers });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    const db = t.database.handle.db;
    const ideas = await db
      .selectFrom('projectIdeas')
      .select('id')
      .where('initiatorId', '=', person.personId)
      .execute();
    const interests = await db
      .selectFrom('projectInterests')
      .select('id')
      .where('personId', '=', person.personId)
      .execute();
    const onOwn = await db.selectFrom('projectInterests').select('id').where('ideaId', '=', own.id).execute();
    expect([ideas, interests, onOwn]).toEqual([[], [], []]);
  });
});
