import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCES, NETWORKING_LIMITS } from '../../../contract/networking.js';
import { DEFAULT_SECTORS } from '../../../contract/sectors.js';

/**
 * Structure of the hand-written evaluation sets of issue 12 (bench/data/networking-eval/):
 * the figures in their README and the benchmark rely on these invariants.
 */

interface EvalProfile {
  id: string;
  name: string;
  organization: string;
  sector: string;
  language: string;
  offerText: string;
  seekText: string;
  aboutText: string;
  offerTags: string[];
  seekTags: string[];
}

interface EvalSet {
  description: string;
  profiles: EvalProfile[];
  partners: [string, string][];
  traps: {
    stuffers: string[];
    colleagueGroups: string[][];
    oneSided: [string, string][];
    lookAlikes: [string, string][];
  };
}

const SETS = [
  { file: 'set-a.json', prefix: 'a', minProfiles: 150 },
  { file: 'set-b.json', prefix: 'b', minProfiles: 120 },
];

function loadSet(file: string): EvalSet {
  const url = new URL(`../../../../bench/data/networking-eval/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as EvalSet;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const sectorKeys = new Set(DEFAULT_SECTORS.map((s) => s.key));
const competenceKeys = new Set(DEFAULT_COMPETENCES.map((c) => c.key));

describe.each(SETS)('evaluation set $file', ({ file, prefix, minProfiles }) => {
  const set = loadSet(file);
  const ids = set.profiles.map((p) => p.id);
  const idSet = new Set(ids);
  const stuffers = new Set(set.traps.stuffers);
  const partnerKeys = new Set(set.partners.map(([a, b]) => pairKey(a, b)));

  it('has enough profiles with unique ids of the set', () => {
    expect(set.description.length).toBeGreaterThan(0);
    expect(set.profiles.length).toBeGreaterThanOrEqual(minProfiles);
    expect(idSet.size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(new RegExp(`^${prefix}\\d{3}$`));
    }
  });

  it('uses the contract sector keys, languages de/en, competence keys for tags, and writes every profile', () => {
    for (const p of set.profiles) {
      expect(sectorKeys, `${p.id} sector ${p.sector}`).toContain(p.sector);
      expect(['de', 'en'], p.id).toContain(p.language);
      expect(p.name.trim().length, p.id).toBeGreaterThan(0);
      expect(p.organization.trim().length, p.id).toBeGreaterThan(0);
      expect(p.offerText.trim().length, p.id).toBeGreaterThan(0);
      expect(p.seekText.trim().length, p.id).toBeGreaterThan(0);
      expect(p.offerText.length, p.id).toBeLessThanOrEqual(NETWORKING_LIMITS.offerSeekMax);
      expect(p.seekText.length, p.id).toBeLessThanOrEqual(NETWORKING_LIMITS.offerSeekMax);
      expect(p.aboutText.length, p.id).toBeLessThanOrEqual(NETWORKING_LIMITS.descriptionMax);
      expect(p.offerTags.length + p.seekTags.length, p.id).toBeLessThanOrEqual(2 * NETWORKING_LIMITS.tagsMax);
      for (const tag of [...p.offerTags, ...p.seekTags]) {
        expect(competenceKeys, `${p.id} tag ${tag}`).toContain(tag);
      }
    }
  });

  it('is written about three quarters in German, mostly without tags', () => {
    const german = set.profiles.filter((p) => p.language === 'de').length / set.profiles.length;
    expect(german).toBeGreaterThan(0.6);
    expect(german).toBeLessThan(0.85);
    const tagged = set.profiles.filter((p) => p.offerTags.length + p.seekTags.length > 0).length;
    expect(tagged / set.profiles.length).toBeLessThan(0.35);
  });

  it('lists each partner pair once, between two existing different people', () => {
    for (const [a, b] of set.partners) {
      expect(idSet, a).toContain(a);
      expect(idSet, b).toContain(b);
      expect(a).not.toBe(b);
    }
    // The relation is read both ways, so [a, b] and [b, a] would be one pair listed twice.
    expect(partnerKeys.size).toBe(set.partners.length);
  });

  it('gives every person but the keyword stuffers 2 to 10 partners, the stuffers none', () => {
    const degree = new Map<string, number>(ids.map((id) => [id, 0]));
    for (const [a, b] of set.partners) {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
    for (const [id, count] of degree) {
      if (stuffers.has(id)) {
        expect(count, id).toBe(0);
      } else {
        expect(count, id).toBeGreaterThanOrEqual(2);
        expect(count, id).toBeLessThanOrEqual(10);
      }
    }
  });

  it('never pairs colleagues, and colleague groups spell their company differently', () => {
    for (const group of set.traps.colleagueGroups) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      const organizations = new Set<string>();
      for (const id of group) {
        const person = set.profiles.find((p) => p.id === id);
        expect(person, id).toBeDefined();
        organizations.add(person?.organization ?? '');
      }
      expect(organizations.size, group.join(',')).toBe(group.length);
      for (const a of group) {
        for (const b of group) {
          if (a !== b) {
            expect(partnerKeys.has(pairKey(a, b)), `${a}/${b}`).toBe(false);
          }
        }
      }
    }
  });

  it('keeps one-sided matches and look-alikes out of the partner pairs', () => {
    expect(set.traps.stuffers.length).toBeGreaterThan(0);
    expect(set.traps.oneSided.length).toBeGreaterThan(0);
    expect(set.traps.lookAlikes.length).toBeGreaterThan(0);
    for (const id of set.traps.stuffers) {
      expect(idSet, id).toContain(id);
    }
    for (const [a, b] of [...set.traps.oneSided, ...set.traps.lookAlikes]) {
      expect(idSet, a).toContain(a);
      expect(idSet, b).toContain(b);
      expect(partnerKeys.has(pairKey(a, b)), `${a}/${b}`).toBe(false);
    }
  });
});
