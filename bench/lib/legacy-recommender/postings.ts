/** The word-stem scorer of issue 5, kept unchanged as a baseline for bench/recommendations.ts (issue 12 replaced it). */
import { idfSquared, WEIGHTS, type CompiledProfile, type CorpusStats } from './scoring.js';

interface PostingList {
  slots: number[];
  weights: number[];
}

/** Both directions of one viewer against everyone sharing a feature; valid until the next call. */
export interface Accumulated {
  /** Per slot: how well that person's offers meet the viewer's needs. */
  incoming: Float64Array;
  /** Per slot: how well the viewer's offers meet that person's needs. */
  outgoing: Float64Array;
  touched: number[];
}

export interface Postings {
  add(profile: CompiledProfile): void;
  remove(profile: CompiledProfile): void;
  /** In how many profiles the term occurs (offer or seek side). */
  df(term: string): number;
  accumulate(viewer: CompiledProfile, stats: CorpusStats, slotCount: number): Accumulated;
}

const tagKey = (tag: string) => `#${tag}`;

function addTo(index: Map<string, PostingList>, key: string, slot: number, weight: number): void {
  let list = index.get(key);
  if (!list) {
    list = { slots: [], weights: [] };
    index.set(key, list);
  }
  list.slots.push(slot);
  list.weights.push(weight);
}

function removeFrom(index: Map<string, PostingList>, key: string, slot: number): void {
  const list = index.get(key);
  const at = list ? list.slots.indexOf(slot) : -1;
  if (!list || at < 0) {
    return;
  }
  // Order inside a list does not matter: swap with the last entry and drop it.
  list.slots[at] = list.slots[list.slots.length - 1]!;
  list.weights[at] = list.weights[list.weights.length - 1]!;
  list.slots.pop();
  list.weights.pop();
  if (list.slots.length === 0) {
    index.delete(key);
  }
}

/** Inverted postings feature → (slot, weight) for the offer side and the seek side of every profile. */
export function createPostings(): Postings {
  const offers = new Map<string, PostingList>();
  const seeks = new Map<string, PostingList>();
  const frequency = new Map<string, number>();
  let incoming = new Float64Array(0);
  let outgoing = new Float64Array(0);
  let seen = new Uint8Array(0);
  let touched: number[] = [];

  function termsOf(profile: CompiledProfile): Set<string> {
    return new Set([...profile.offerTerms.keys(), ...profile.seekTerms.keys()]);
  }

  function ensureCapacity(slotCount: number) {
    if (incoming.length < slotCount) {
      const size = Math.max(slotCount, incoming.length * 2, 64);
      incoming = new Float64Array(size);
      outgoing = new Float64Array(size);
      seen = new Uint8Array(size);
      touched = [];
    }
    for (const slot of touched) {
      incoming[slot] = 0;
      outgoing[slot] = 0;
      seen[slot] = 0;
    }
    touched = [];
  }

  function walk(list: PostingList | undefined, factor: number, into: Float64Array) {
    if (!list || factor === 0) {
      return;
    }
    const { slots, weights } = list;
    for (let i = 0; i < slots.length; i += 1) {
      const slot = slots[i]!;
      into[slot]! += factor * weights[i]!;
      if (seen[slot] === 0) {
        seen[slot] = 1;
        touched.push(slot);
      }
    }
  }

  return {
    add(p) {
      p.offerTags.forEach((w, tag) => addTo(offers, tagKey(tag), p.slot, w));
      p.seekTags.forEach((w, tag) => addTo(seeks, tagKey(tag), p.slot, w));
      p.offerTerms.forEach((w, term) => addTo(offers, term, p.slot, w));
      p.seekTerms.forEach((w, term) => addTo(seeks, term, p.slot, w));
      for (const term of termsOf(p)) {
        frequency.set(term, (frequency.get(term) ?? 0) + 1);
      }
    },

    remove(p) {
      p.offerTags.forEach((_w, tag) => removeFrom(offers, tagKey(tag), p.slot));
      p.seekTags.forEach((_w, tag) => removeFrom(seeks, tagKey(tag), p.slot));
      p.offerTerms.forEach((_w, term) => removeFrom(offers, term, p.slot));
      p.seekTerms.forEach((_w, term) => removeFrom(seeks, term, p.slot));
      for (const term of termsOf(p)) {
        const n = (frequency.get(term) ?? 1) - 1;
        if (n > 0) {
          frequency.set(term, n);
        } else {
          frequency.delete(term);
        }
      }
    },

    df: (term) => frequency.get(term) ?? 0,

    accumulate(viewer, stats, slotCount) {
      ensureCapacity(slotCount);
      // The same formula as directionalScore in scoring.ts, term at a time over the postings.
      viewer.seekTags.forEach((w, tag) => walk(offers.get(tagKey(tag)), WEIGHTS.tag * w, incoming));
      viewer.offerTags.forEach((w, tag) => walk(seeks.get(tagKey(tag)), WEIGHTS.tag * w, outgoing));
      viewer.seekTerms.forEach((w, term) =>
        walk(offers.get(term), WEIGHTS.text * idfSquared(term, stats) * w, incoming),
      );
      viewer.offerTerms.forEach((w, term) =>
        walk(seeks.get(term), WEIGHTS.text * idfSquared(term, stats) * w, outgoing),
      );
      return { incoming, outgoing, touched };
    },
  };
}
