import { NETWORK_GRAPH_MAX_NODES, type Network } from '../../../contract/dashboard.js';

/** One confirmed registration as the network view sees it (keys already normalized). */
export interface NetworkRegistration {
  eventId: string;
  personId: string | null;
  emailKey: string;
  orgKey: string;
  organization: string;
  sector: string;
}

/** A normalized email: trimmed, lower case, so "Anna@Example.org " and "anna@example.org" are one. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Groups keys that belong together (union-find with path halving). */
function createUnion() {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let current = key;
    for (;;) {
      const up = parent.get(current) ?? current;
      if (up === current) {
        return current;
      }
      const grand = parent.get(up) ?? up;
      parent.set(current, grand);
      current = grand;
    }
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent.set(ra, rb);
    }
  };
  return { find, union };
}

/**
 * People and organizations at more than one event. A person is matched by person id or by normalized
 * email (either one joins two registrations); an organization by its normalized name.
 */
export function countReturning(registrations: NetworkRegistration[]): Network['returning'] {
  const { find, union } = createUnion();
  for (const r of registrations) {
    if (r.personId) {
      union(`p:${r.personId}`, `e:${r.emailKey}`);
    }
  }
  const personEvents = new Map<string, Set<string>>();
  const orgEvents = new Map<string, Set<string>>();
  const orgName = new Map<string, string>();
  for (const r of registrations) {
    const person = find(`e:${r.emailKey}`);
    addTo(personEvents, person, r.eventId);
    if (r.orgKey) {
      addTo(orgEvents, r.orgKey, r.eventId);
      if (!orgName.has(r.orgKey)) {
        orgName.set(r.orgKey, r.organization.trim());
      }
    }
  }
  const returningOrgs = [...orgEvents.entries()].filter(([, events]) => events.size > 1);
  return {
    people: personEvents.size,
    peopleReturning: [...personEvents.values()].filter((events) => events.size > 1).length,
    organizations: orgEvents.size,
    organizationsReturning: returningOrgs.length,
    topOrganizations: returningOrgs
      .map(([key, events]) => ({ name: orgName.get(key) ?? key, events: events.size }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name))
      .slice(0, 20),
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** One accepted meeting with both people's organization keys. */
export interface OrgMeeting {
  orgA: string;
  orgB: string;
}

/**
 * The graph of organizations connected by meetings: nodes weighted by their meetings, edges by the
 * meetings between two organizations (meetings within one organization are left out). Only the best
 * connected organizations are drawn; edges only between drawn ones.
 */
export function buildOrgGraph(
  meetings: OrgMeeting[],
  orgInfo: Map<string, { name: string; sector: string }>,
  maxNodes = NETWORK_GRAPH_MAX_NODES,
): Network['graph'] {
  const edges = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const { orgA, orgB } of meetings) {
    if (!orgA || !orgB || orgA === orgB) {
      continue;
    }
    const [a, b] = orgA < orgB ? [orgA, orgB] : [orgB, orgA];
    const key = `${a}\n${b}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const ranked = [...degree.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const drawn = new Set(ranked.slice(0, maxNodes).map(([key]) => key));
  const sectorOf = (key: string) => orgInfo.get(key)?.sector ?? '';
  const nodes = ranked
    .filter(([key]) => drawn.has(key))
    .map(([key, meetingsCount]) => ({
      id: key,
      name: orgInfo.get(key)?.name ?? key,
      sector: sectorOf(key),
      meetings: meetingsCount,
    }));
  const edgeList = [...edges.entries()]
    .map(([key, count]) => {
      const [source = '', target = ''] = key.split('\n');
      return { source, target, meetings: count, isCrossSector: sectorOf(source) !== sectorOf(target) };
    })
    .filter((e) => drawn.has(e.source) && drawn.has(e.target))
    .sort(
      (x, y) =>
        y.meetings - x.meetings || x.source.localeCompare(y.source) || x.target.localeCompare(y.target),
    );
  return { nodes, edges: edgeList, omittedNodes: ranked.length - nodes.length };
}
