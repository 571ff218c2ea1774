import type { CompiledProfile } from './scoring.js';
import type { Thesaurus } from './thesaurus.js';

interface PostingList {
  slots: number[];
  weights: number[];
}

/** Both directions of one viewer against everyone sharing a concept; valid until the next call. */
export interface Accumulated {
  /** Per slot: how well that person's offers meet the viewer's needs (before the breadth factor). */
  incoming: Float64Array;
  /** Per slot: how well the viewer's offers meet that person's needs (before the breadth factor). */
  outgoing: Float64Array;
  touched: number[];
}

export interface Postings {
  add(profile: CompiledProfile): void;
  remove(profile: CompiledProfile): void;
  /** Outgoing fits are summed only for people whose incoming fit reaches `minIncoming`. */
  accumulate(viewer: CompiledProfile, slotCount: number, minIncoming?: number): Accumulated;
}

function addTo(index: Map<number, PostingList>, key: number, slot: number, weight: number): void {
  let list = index.get(key);
  if (!list) {
    list = { slots: [], weights: [] };
    index.set(key, list);
  }
  list.slots.push(slot);
  list.weights.push(weight);
}

function removeFrom(index: Map<number, PostingList>, key: number, slot: number): void {
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

/**
 * Inverted postings concept → (slot, weight) for the offer side and the need side of every profile.
 * accumulate computes the fit of directionalScore (scoring.ts) of the viewer against everyone at
 * once, walking only the postings of concepts related to the viewer's: per need, the best offered
 * concept. Without the breadth factor (at most 1) it bounds each direction from above.
 */
export function createPostings(th: Thesaurus): Postings {
  const offers = new Map<number, PostingList>();
  const seeks = new Map<number, PostingList>();
  // For an offered concept: the needs it meets, and how well (the reverse of th.neighbours).
  const metNeeds: { concept: number; sim: number }[][] = th.concepts.map(() => []);
  th.neighbours.forEach((list, need) => {
    for (const { concept, sim } of list) {
      metNeeds[concept]!.push({ concept: need, sim });
    }
  });
  let incoming = new Float64Array(0);
  let outgoing = new Float64Array(0);
  let best = new Float64Array(0);
  let seen = new Uint8Array(0);
  let touched: number[] = [];
  // Per need concept: the viewer's best offered concept meeting it (reused between calls).
  const offered = new Float64Array(th.concepts.length);
  const offeredTouched: number[] = [];

  function ensureCapacity(slotCount: number) {
    if (incoming.length < slotCount) {
      const size = Math.max(slotCount, incoming.length * 2, 64);
      incoming = new Float64Array(size);
      outgoing = new Float64Array(size);
      best = new Float64Array(size);
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

  function touch(slot: number) {
    if (seen[slot] === 0) {
      seen[slot] = 1;
      touched.push(slot);
    }
  }

  return {
    add(p) {
      p.offer.forEach((w, c) => addTo(offers, c, p.slot, w));
      p.seek.forEach((w, c) => addTo(seeks, c, p.slot, w));
    },

    remove(p) {
      p.offer.forEach((_w, c) => removeFrom(offers, c, p.slot));
      p.seek.forEach((_w, c) => removeFrom(seeks, c, p.slot));
    },

    accumulate(viewer, slotCount, minIncoming = 0) {
      ensureCapacity(slotCount);
      // Incoming: for each need of the viewer, each person's best offered concept meeting it.
      const needTouched: number[] = [];
      const { concepts: needs, weights: shares } = viewer.seekList;
      for (let k = 0; k < needs.length; k += 1) {
        const n = shares[k]!;
        for (const { concept, sim } of th.neighbours[needs[k]!]!) {
          const list = offers.get(concept);
          if (!list) {
            continue;
          }
          const { slots, weights } = list;
          for (let i = 0; i < slots.length; i += 1) {
            const slot = slots[i]!;
            const v = sim * weights[i]!;
            if (v > best[slot]!) {
              if (best[slot] === 0) {
                needTouched.push(slot);
              }
              best[slot] = v;
            }
          }
        }
        for (const slot of needTouched) {
          incoming[slot]! += n * best[slot]!;
          best[slot] = 0;
          touch(slot);
        }
        needTouched.length = 0;
      }
      // Outgoing: for each need anyone may have, the viewer's best offered concept meeting it.
      const { concepts: viewerOffers, weights: offerWeights } = viewer.offerList;
      for (let k = 0; k < viewerOffers.length; k += 1) {
        const w = offerWeights[k]!;
        for (const { concept: need, sim } of metNeeds[viewerOffers[k]!]!) {
          if (offered[need]! < sim * w) {
            if (offered[need] === 0) {
              offeredTouched.push(need);
            }
            offered[need] = sim * w;
          }
        }
      }
      for (const need of offeredTouched) {
        const value = offered[need]!;
        offered[need] = 0;
        const list = seeks.get(need);
        if (!list) {
          continue;
        }
        const { slots, weights } = list;
        for (let i = 0; i < slots.length; i += 1) {
          const slot = slots[i]!;
          // Only people who already give the viewer enough can become candidates.
          if (incoming[slot]! >= minIncoming) {
            outgoing[slot]! += value * weights[i]!;
            touch(slot);
          }
        }
      }
      offeredTouched.length = 0;
      return { incoming, outgoing, touched };
    },
  };
}
