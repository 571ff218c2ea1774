import type { Kysely } from 'kysely';
import type { Network } from '../../../contract/dashboard.js';
import { DEFAULT_SECTORS, type SectorDefinition } from '../../../contract/sectors.js';
import type { Database } from '../../db/schema.js';
import { organizationKey } from '../networking/index.js';
import {
  buildOrgGraph,
  countReturning,
  emailKey,
  type NetworkRegistration,
  type OrgMeeting,
} from './network-graph.js';
import { parseSectors } from './shape.js';

type Db = Kysely<Database>;

/** Confirmed registrations of every event that is not a draft, normalized for matching. */
async function listRegistrations(db: Db): Promise<NetworkRegistration[]> {
  const rows = await db
    .selectFrom('registrations')
    .innerJoin('events', 'events.id', 'registrations.eventId')
    .select([
      'registrations.eventId',
      'registrations.personId',
      'registrations.email',
      'registrations.organization',
      'registrations.sector',
    ])
    .where('events.status', '!=', 'draft')
    .where('registrations.status', '=', 'confirmed')
    // Oldest first, so an organization is named as it was first written.
    .orderBy('events.startsAt')
    .orderBy('registrations.requestedAt')
    .orderBy('registrations.id')
    .execute();
  return rows.map((r) => ({
    eventId: r.eventId,
    personId: r.personId,
    emailKey: emailKey(r.email),
    orgKey: organizationKey(r.organization),
    organization: r.organization,
    sector: r.sector,
  }));
}

/** Per event (oldest first): participants, distinct organizations and participants per sector. */
function perEvent(
  events: { id: string; title: string; startsAt: string }[],
  registrations: NetworkRegistration[],
): Network['events'] {
  return events.map((event) => {
    const mine = registrations.filter((r) => r.eventId === event.id);
    const orgs = new Set(mine.map((r) => r.orgKey).filter((key) => key !== ''));
    const sectors = new Map<string, number>();
    for (const r of mine) {
      sectors.set(r.sector, (sectors.get(r.sector) ?? 0) + 1);
    }
    return {
      eventId: event.id,
      title: event.title,
      year: Number(event.startsAt.slice(0, 4)),
      startsAt: event.startsAt,
      participants: mine.length,
      organizations: orgs.size,
      sectors: [...sectors.entries()]
        .map(([sector, count]) => ({ sector, count }))
        .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
    };
  });
}

/** Name and most frequent sector of each organization, from its people's registrations. */
function organizationInfo(registrations: NetworkRegistration[]) {
  const tallies = new Map<string, { name: string; sectors: Map<string, number> }>();
  for (const r of registrations) {
    if (!r.orgKey) {
      continue;
    }
    const entry = tallies.get(r.orgKey) ?? {
      name: r.organization.trim(),
      sectors: new Map<string, number>(),
    };
    entry.sectors.set(r.sector, (entry.sectors.get(r.sector) ?? 0) + 1);
    tallies.set(r.orgKey, entry);
  }
  const info = new Map<string, { name: string; sector: string }>();
  for (const [key, { name, sectors }] of tallies) {
    const [sector = ''] =
      [...sectors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    info.set(key, { name, sector });
  }
  return info;
}

/** Accepted meetings of every event, as pairs of the two people's organizations in that event. */
async function listOrgMeetings(db: Db, registrations: NetworkRegistration[]): Promise<OrgMeeting[]> {
  const orgOf = new Map<string, string>();
  for (const r of registrations) {
    if (r.personId) {
      orgOf.set(`${r.eventId}/${r.personId}`, r.orgKey);
    }
  }
  const rows = await db
    .selectFrom('meetings')
    .select(['eventId', 'requesterId', 'recipientId'])
    .where('status', '=', 'accepted')
    .execute();
  return rows.map((m) => ({
    orgA: orgOf.get(`${m.eventId}/${m.requesterId}`) ?? '',
    orgB: orgOf.get(`${m.eventId}/${m.recipientId}`) ?? '',
  }));
}

/** Every sector definition met in the events' lists (first label wins), the default list first. */
function unionSectors(events: { sectors: string }[]): SectorDefinition[] {
  const byKey = new Map<string, SectorDefinition>(DEFAULT_SECTORS.map((s) => [s.key, s]));
  for (const event of events) {
    for (const sector of parseSectors(event.sectors)) {
      if (!byKey.has(sector.key)) {
        byKey.set(sector.key, sector);
      }
    }
  }
  return [...byKey.values()];
}

/** The network view across all events that are not drafts. */
export async function computeNetwork(db: Db, now: Date): Promise<Network> {
  const events = await db
    .selectFrom('events')
    .select(['id', 'title', 'startsAt', 'sectors'])
    .where('status', '!=', 'draft')
    .orderBy('startsAt')
    .execute();
  const registrations = await listRegistrations(db);
  const meetings = await listOrgMeetings(db, registrations);
  return {
    generatedAt: now.toISOString(),
    sectors: unionSectors(events),
    events: perEvent(events, registrations),
    returning: countReturning(registrations),
    graph: buildOrgGraph(meetings, organizationInfo(registrations)),
  };
}
