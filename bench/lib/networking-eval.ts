import { existsSync, readFileSync } from 'node:fs';
import type { ProfileForMatching } from '../../src/server/features/networking/index.js';
import type { EvaluationSet } from './networking-profiles.js';

/**
 * The hand-written evaluation sets (bench/data/networking-eval/set-*.json): profiles written like
 * network members write them, partner pairs judged by hand, and the traps (keyword stuffers,
 * colleagues under differently written company names, one-sided matches). Loaded into the same
 * shape as the synthetic set, plus what the traps need.
 */
export interface LabelledSet extends EvaluationSet {
  name: string;
  /** Keyword stuffers. */
  stuffers: Set<string>;
  /** Person → people of the same real organization (whatever the name on the profile says). */
  colleagues: Map<string, Set<string>>;
  /** Person → people who fit only one way (a trap: one of them gains nothing). */
  oneSided: Map<string, Set<string>>;
}

type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function pairsOf(v: unknown): [string, string][] {
  if (!Array.isArray(v)) {
    return [];
  }
  return v.flatMap((p): [string, string][] => {
    if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') {
      return [[p[0], p[1]]];
    }
    if (p && typeof p === 'object') {
      const o = p as Json;
      const a = str(o.a ?? o.from ?? o.seeker ?? o.person ?? o.source ?? o.p1 ?? o.left);
      const b = str(o.b ?? o.to ?? o.offerer ?? o.partner ?? o.target ?? o.p2 ?? o.right);
      const ids = strings(o.ids ?? o.pair ?? o.people);
      if (a && b) {
        return [[a, b]];
      }
      if (ids.length === 2) {
        return [[ids[0]!, ids[1]!]];
      }
    }
    return [];
  });
}

function link(map: Map<string, Set<string>>, a: string, b: string) {
  if (a === b) {
    return;
  }
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const set = map.get(x) ?? new Set<string>();
    set.add(y);
    map.set(x, set);
  }
}

/** Finds trap lists in the file whatever their exact key ("stuffers", "keywordStuffers", …). */
function trapEntries(traps: unknown): { kind: string; value: unknown }[] {
  if (Array.isArray(traps)) {
    return traps.flatMap((t) => {
      const o = (t ?? {}) as Json;
      return [{ kind: str(o.type ?? o.kind).toLowerCase(), value: o }];
    });
  }
  if (traps && typeof traps === 'object') {
    return Object.entries(traps as Json).map(([kind, value]) => ({ kind: kind.toLowerCase(), value }));
  }
  return [];
}

/** Loads a hand-written set, or null when the file does not exist (yet). */
export function loadLabelledSet(path: string, name: string): LabelledSet | null {
  if (!existsSync(path)) {
    return null;
  }
  const data = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const rows = (Array.isArray(data.profiles) ? data.profiles : []) as Json[];
  const profiles: ProfileForMatching[] = rows.map((r) => ({
    personId: str(r.id ?? r.personId),
    organizationKey: str(r.organization),
    organization: str(r.organization),
    email: str(r.email) || undefined,
    sector: str(r.sector) || 'other',
    offerTags: strings(r.offerTags),
    seekTags: strings(r.seekTags),
    offerText: str(r.offerText),
    seekText: str(r.seekText),
    aboutText: [str(r.position), str(r.aboutText ?? r.description)].join(' ').trim(),
    topics: strings(r.topics),
    language: str(r.language) === 'en' ? 'en' : 'de',
  }));
  const relevant = new Map<string, Set<string>>();
  for (const [a, b] of pairsOf(data.partners)) {
    link(relevant, a, b);
  }
  const stuffers = new Set<string>();
  const colleagues = new Map<string, Set<string>>();
  const oneSided = new Map<string, Set<string>>();
  for (const { kind, value } of trapEntries(data.traps)) {
    const o = (value ?? {}) as Json;
    if (kind.includes('stuff')) {
      strings(Array.isArray(value) ? value : (o.ids ?? o.people ?? o.profiles)).forEach((id) =>
        stuffers.add(id),
      );
      const one = str(o.id ?? o.person);
      if (one) {
        stuffers.add(one);
      }
    } else if (kind.includes('colleague') || kind.includes('company') || kind.includes('organi')) {
      const groups = Array.isArray(value) ? value : [o.ids ?? o.people ?? o.group];
      for (const g of groups) {
        const ids = Array.isArray(g)
          ? strings(g)
          : strings(((g ?? {}) as Json).ids ?? ((g ?? {}) as Json).people);
        for (const a of ids) {
          for (const b of ids) {
            link(colleagues, a, b);
          }
        }
      }
    } else if (kind.includes('one')) {
      for (const [a, b] of pairsOf(Array.isArray(value) ? value : [value])) {
        link(oneSided, a, b);
      }
    }
  }
  // Profiles may name their real company too (a ground-truth field beside the written name).
  const byCompany = new Map<string, string[]>();
  for (const r of rows) {
    const company = str(r.company ?? r.companyId ?? r.organizationId ?? r.orgId);
    if (company) {
      byCompany.set(company, [...(byCompany.get(company) ?? []), str(r.id ?? r.personId)]);
    }
    if (r.stuffer === true || r.isStuffer === true || str(r.role ?? r.kind).includes('stuff')) {
      stuffers.add(str(r.id ?? r.personId));
    }
  }
  for (const ids of byCompany.values()) {
    for (const a of ids) {
      for (const b of ids) {
        link(colleagues, a, b);
      }
    }
  }
  return { name, profiles, relevant, stuffers, colleagues, oneSided };
}
