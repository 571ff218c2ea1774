import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProgrammeConflicts, type ConflictSession } from './conflicts.js';

const anna = { id: 'sp-anna', name: 'Anna Beispiel' };
const ben = { id: 'sp-ben', name: 'Ben Muster' };

function session(id: string, from: string, to: string, room: string, speakers = [anna]): ConflictSession {
  return {
    id,
    title: `Session ${id}`,
    startsAt: `2020-02-06T${from}:00.000Z`,
    endsAt: `2020-02-06T${to}:00.000Z`,
    room,
    speakers,
  };
}

describe('findProgrammeConflicts', () => {
  it('finds a speaker in two rooms at once', () => {
    const conflicts = findProgrammeConflicts([
      session('b', '09:30', '10:30', 'Forum', [anna]),
      session('a', '09:00', '10:00', 'Studio', [anna, ben]),
    ]);
    expect(conflicts).toEqual([
      {
        kind: 'speaker',
        subject: 'Anna Beispiel',
        speakerId: 'sp-anna',
        sessions: [
          expect.objectContaining({ id: 'a' }) as unknown,
          expect.objectContaining({ id: 'b' }) as unknown,
        ],
      },
    ]);
  });

  it('finds a room used twice at once, ignoring case and blanks; no room means no clash', () => {
    const conflicts = findProgrammeConflicts([
      session('a', '09:00', '10:00', 'Forum ', []),
      session('b', '09:59', '11:00', 'forum', []),
      session('c', '09:00', '10:00', '', []),
      session('d', '09:00', '10:00', '', []),
    ]);
    expect(conflicts.map((c) => [c.kind, c.subject, c.sessions.map((s) => s.id)])).toEqual([
      ['room', 'Forum', ['a', 'b']],
    ]);
  });

  it('lets a session end when the next one starts', () => {
    expect(
      findProgrammeConflicts([
        session('a', '09:00', '10:00', 'Forum'),
        session('b', '10:00', '11:00', 'Forum'),
      ]),
    ).toEqual([]);
  });

  it('reports the same conflicts as a check of every pair, in any input order', () => {
    const minute = fc.integer({ min: 0, max: 600 });
    const item = fc.record({
      start: minute,
      length: fc.integer({ min: 1, max: 180 }),
      room: fc.constantFrom('', 'Forum', 'Studio'),
      speakers: fc.subarray([anna, ben]),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const base = Date.UTC(2020, 1, 6, 8);
        const sessions = items.map((it, index) => ({
          id: `s${index}`,
          title: `S${index}`,
          startsAt: new Date(base + it.start * 60_000).toISOString(),
          endsAt: new Date(base + (it.start + it.length) * 60_000).toISOString(),
          room: it.room,
          speakers: it.speakers,
        }));
        const expected = new Set<string>();
        for (const a of sessions) {
          for (const b of sessions) {
            if (a.id >= b.id || !(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) {
              continue;
            }
            if (a.room !== '' && a.room === b.room) {
              expected.add(`room|${a.room}|${a.id}|${b.id}`);
            }
            for (const s of a.speakers.filter((x) => b.speakers.some((y) => y.id === x.id))) {
              expected.add(`speaker|${s.name}|${a.id}|${b.id}`);
            }
          }
        }
        const found = findProgrammeConflicts([...sessions].reverse()).map((c) => {
          const ids = c.sessions.map((s) => s.id).sort();
          return `${c.kind}|${c.subject}|${ids[0]}|${ids[1]}`;
        });
        expect(found.length).toBe(new Set(found).size);
        expect(new Set(found)).toEqual(expected);
        for (const c of findProgrammeConflicts(sessions)) {
          expect(c.sessions[0].startsAt <= c.sessions[1].startsAt).toBe(true);
        }
      }),
    );
  });
});
