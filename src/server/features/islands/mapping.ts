import type { IslandAdmin, IslandPublic, IslandRound, IslandSettings } from '../../../contract/islands.js';
import { toLocalDateTime } from '../events/index.js';
import type { SessionSummary } from '../program/index.js';
import type { HostRow, IslandRow, SettingsRow } from './repository.js';

/** Reads a JSON list of strings; anything else counts as empty. */
export function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

function hostsOf(island: IslandRow, hosts: readonly HostRow[]): HostRow[] {
  return hosts.filter((h) => h.islandId === island.id);
}

/** An island as participants and visitors see it (hosts by name and organization only). */
export function toIslandPublic(island: IslandRow, hosts: readonly HostRow[]): IslandPublic {
  return {
    id: island.id,
    position: island.position,
    theme: island.theme,
    description: island.description,
    guidingQuestions: parseList(island.guidingQuestions),
    place: island.place,
    tableLabel: island.tableLabel,
    capacity: island.capacity,
    hosts: hostsOf(island, hosts).map((h) => ({ name: h.name, organization: h.organization })),
  };
}

/** An island for the organizer: hosts with address and whether a personal link was issued. */
export function toIslandAdmin(island: IslandRow, hosts: readonly HostRow[]): IslandAdmin {
  return {
    ...toIslandPublic(island, hosts),
    hosts: hostsOf(island, hosts).map((h) => ({
      id: h.id,
      personId: h.personId,
      name: h.name,
      email: h.email,
      organization: h.organization,
      hasLink: h.tokenHash !== null,
    })),
  };
}

/** The event's island rounds, numbered 1, 2, ... by start. */
export function toRounds(sessions: readonly SessionSummary[]): IslandRound[] {
  return sessions.map((s, index) => ({
    id: s.id,
    number: index + 1,
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
  }));
}

/** The settings as the API shows them; an event without a settings row has the defaults. */
export function toSettings(row: SettingsRow | undefined, timeZone: string): IslandSettings {
  return {
    rankingDeadline: row?.rankingDeadline ?? null,
    rankingDeadlineLocal: row?.rankingDeadline ? toLocalDateTime(row.rankingDeadline, timeZone) : null,
    maxSectorSharePercent: row?.maxSectorShare ?? 40,
    status: row?.status ?? 'none',
    sectorCapInfeasible: row?.sectorCapInfeasible === 1,
    assignedAt: row?.assignedAt ?? null,
    publishedAt: row?.publishedAt ?? null,
  };
}

/** A person's display name from their registration. */
export function fullName(p: { firstName: string; lastName: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ');
}
