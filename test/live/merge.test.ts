import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  entityKey,
  mergeSnapshot,
  mergeUpsert,
  visibleEntities,
  type LiveEntity,
} from '../../src/web/app/live-client.js';
import { roomView } from '../../src/web/features/live/room.js';

function entity(id: string, version: number, data: unknown = { v: version }): LiveEntity {
  return { kind: 'question', id, version, data };
}

describe('merge by version', () => {
  it('applies only a higher version; applying twice or out of order is harmless', () => {
    const map = new Map<string, LiveEntity>();
    expect(mergeUpsert(map, entity('a', 2))).toBe(true);
    expect(mergeUpsert(map, entity('a', 1))).toBe(false);
    expect(mergeUpsert(map, entity('a', 2))).toBe(false);
    expect(mergeUpsert(map, entity('a', 3))).toBe(true);
    expect(map.get(entityKey('question', 'a'))?.version).toBe(3);
  });

  it('keeps a removal as a tombstone that an older message cannot undo', () => {
    const map = new Map<string, LiveEntity>();
    mergeUpsert(map, entity('a', 1));
    mergeUpsert(map, entity('a', 3, null));
    mergeUpsert(map, entity('a', 2));
    expect(visibleEntities(map).size).toBe(0);
  });

  it('ends in the same state whatever the order and repetition of the messages', () => {
    const message = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      version: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 60 }), fc.integer(), (messages, seed) => {
        // Versions are unique per entity on the server: data is a function of (id, version).
        const toEntity = (m: { id: string; version: number }) =>
          entity(m.id, m.version, m.version % 5 === 0 ? null : { v: m.version });
        const inOrder = new Map<string, LiveEntity>();
        for (const m of [...messages].sort((x, y) => x.version - y.version)) {
          mergeUpsert(inOrder, toEntity(m));
        }
        const shuffled = [...messages, ...messages].sort(
          (x, y) => ((x.version * 31 + seed) % 7) - ((y.version * 31 + seed) % 7),
        );
        const anyOrder = new Map<string, LiveEntity>();
        for (const m of shuffled) {
          mergeUpsert(anyOrder, toEntity(m));
        }
        expect(visibleEntities(anyOrder)).toEqual(visibleEntities(inOrder));
      }),
    );
  });

  it('a question and its vote-count entity end at the latest text and count, whatever arrives when', () => {
    const step = fc.constantFrom('vote', 'unvote', 'edit');
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.nat(),
        (steps, snapshotAfter, deliveryOrder, snapshotAt) => {
          // The server: one row, one version counter raised by every change; a vote publishes the
          // count alone, an edit the whole question (count included).
          let row = { version: 1, text: 'Frage 1', voteCount: 0 };
          const question = () => ({
            kind: 'question',
            id: 'q',
            version: row.version,
            data: { id: 'q', text: row.text, voteCount: row.voteCount, state: 'approved' },
          });
          const votes = () => ({
            kind: 'question-votes',
            id: 'q',
            version: row.version,
            data: { voteCount: row.voteCount },
          });
          const messages: LiveEntity[] = [question()];
          const snapshots: LiveEntity[][] = [[question(), votes()]];
          for (const s of steps) {
            const version = row.version + 1;
            if (s === 'edit') {
              row = { ...row, version, text: `Frage ${version}` };
              messages.push(question());
            } else {
              row = { ...row, version, voteCount: Math.max(0, row.voteCount + (s === 'vote' ? 1 : -1)) };
              messages.push(votes());
            }
            snapshots.push([question(), votes()]);
          }
          // The client: the snapshot read after message k; everything after k arrives (the
          // subscription came first), any of the earlier ones may arrive too, in any order, twice.
          const k = snapshotAfter % messages.length;
          const delivered = [
            ...messages.slice(k + 1),
            ...deliveryOrder.map((i) => messages[i % (k + 1)]!),
            ...messages.slice(k + 1).reverse(),
          ].sort((a, b) => ((a.version * 7919) % 13) - ((b.version * 7919) % 13));
          const map = new Map<string, LiveEntity>();
          const at = snapshotAt % (delivered.length + 1);
          delivered.slice(0, at).forEach((m) => mergeUpsert(map, m));
          mergeSnapshot(
            map,
            snapshots[k]!,
            new Set(delivered.slice(0, at).map((m) => entityKey(m.kind, m.id))),
          );
          delivered.slice(at).forEach((m) => mergeUpsert(map, m));

          const shown = roomView(map, 'live').questions;
          expect(shown).toHaveLength(1);
          expect(shown[0]).toMatchObject({ text: row.text, voteCount: row.voteCount });
        },
      ),
    );
  });

  it('a snapshot removes what disappeared while away, but not what arrived since subscribing', () => {
    const map = new Map<string, LiveEntity>();
    mergeUpsert(map, entity('stale', 1));
    mergeUpsert(map, entity('kept', 1));
    // After the subscribe was sent: an upsert newer than the snapshot's read.
    const touched = new Set<string>();
    mergeUpsert(map, entity('fresh', 1));
    touched.add(entityKey('question', 'fresh'));
    mergeUpsert(map, entity('kept', 3));
    touched.add(entityKey('question', 'kept'));

    mergeSnapshot(map, [entity('kept', 2), entity('new', 4)], touched);
    const visible = visibleEntities(map);
    expect([...visible.keys()].sort()).toEqual(['question:fresh', 'question:kept', 'question:new']);
    expect(visible.get('question:kept')?.version).toBe(3);
  });

  it('backs off exponentially with jitter up to the maximum', () => {
    expect(backoffDelay(0, 500, 30_000, () => 1)).toBe(500);
    expect(backoffDelay(0, 500, 30_000, () => 0)).toBe(250);
    expect(backoffDelay(3, 500, 30_000, () => 1)).toBe(4000);
    expect(backoffDelay(20, 500, 30_000, () => 1)).toBe(30_000);
  });
});
