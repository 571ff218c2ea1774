/**
 * The scheduler's working data: the input turned into dense integer indices (people, slots and meetings
 * in sorted order, so the result never depends on the input's order) and a mutable assignment of
 * meetings to slots with the objective kept up to date on every change, plus an undo log.
 */
import type { KeptMeeting, SchedulerInput, SchedulerMeeting } from './scheduler.js';

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Blocked cell values: the person is unavailable, or sits in a kept meeting there. */
export const UNAVAILABLE = 1;
export const IN_KEPT = 2;

/** The instance in dense indices; immutable once built. */
export interface Problem {
  personIds: string[];
  slotIds: string[];
  meetings: SchedulerMeeting[];
  kept: KeptMeeting[];
  nP: number;
  nS: number;
  nM: number;
  /** Person indices of each meeting to place. */
  ea: Int32Array;
  eb: Int32Array;
  /** Per person: the meetings to place that involve them. */
  byPerson: Int32Array[];
  /** Per meeting: slot positions where neither person is blocked (none for a meeting with oneself). */
  feasible: Int32Array[];
  /** nP × nS: 0 free, UNAVAILABLE or IN_KEPT. */
  blocked: Uint8Array;
  /** Per slot: tables not taken by kept meetings. */
  cap: Int32Array;
  /** Per person: kept meetings in slots of this run. */
  keptCount: Int32Array;
  /** Per slot position: table ids taken by kept meetings. */
  keptTables: Set<string>[];
}

/** Builds the dense instance: sorted ids, duplicates and meetings already kept dropped. */
export function buildProblem(input: SchedulerInput): Problem {
  const slots = [...input.slots].sort((x, y) => x.index - y.index || compareIds(x.slotId, y.slotId));
  const slotPos = new Map(slots.map((slot, pos) => [slot.slotId, pos]));
  const kept = [...input.kept].sort((x, y) => compareIds(x.meetingId, y.meetingId));
  const keptIds = new Set(kept.map((k) => k.meetingId));
  const byId = new Map<string, SchedulerMeeting>();
  for (const m of input.meetings) {
    if (!keptIds.has(m.meetingId) && !byId.has(m.meetingId)) {
      byId.set(m.meetingId, m);
    }
  }
  const meetings = [...byId.values()].sort((x, y) => compareIds(x.meetingId, y.meetingId));
  const people = new Set<string>();
  for (const m of [...meetings, ...kept]) {
    people.add(m.personA).add(m.personB);
  }
  const personIds = [...people].sort(compareIds);
  const personPos = new Map(personIds.map((id, pos) => [id, pos]));
  const nP = personIds.length;
  const nS = slots.length;
  const tables = new Set(input.tableIds);
  const blocked = new Uint8Array(nP * nS);
  for (const [personId, slotIds] of input.unavailable) {
    const p = personPos.get(personId);
    for (const slotId of p === undefined ? [] : slotIds) {
      const s = slotPos.get(slotId);
      if (s !== undefined) {
        blocked[p! * nS + s] = UNAVAILABLE;
      }
    }
  }
  const keptCount = new Int32Array(nP);
  const keptTables = slots.map(() => new Set<string>());
  for (const k of kept) {
    const s = slotPos.get(k.slotId);
    if (s === undefined) {
      continue; // its slot is gone: still kept (returned as is), it just occupies nothing of this run
    }
    for (const p of new Set([personPos.get(k.personA)!, personPos.get(k.personB)!])) {
      blocked[p * nS + s] = IN_KEPT;
      keptCount[p]! += 1;
    }
    if (tables.has(k.tableId)) {
      keptTables[s]!.add(k.tableId);
    }
  }
  const cap = Int32Array.from(keptTables, (used) => tables.size - used.size);
  const ea = Int32Array.from(meetings, (m) => personPos.get(m.personA)!);
  const eb = Int32Array.from(meetings, (m) => personPos.get(m.personB)!);
  const lists: number[][] = personIds.map(() => []);
  meetings.forEach((_, m) => {
    lists[ea[m]!]!.push(m);
    if (eb[m] !== ea[m]) {
      lists[eb[m]!]!.push(m);
    }
  });
  const byPerson = lists.map((list) => Int32Array.from(list));
  const feasible = meetings.map((_, m) => {
    const free: number[] = [];
    if (ea[m] === eb[m]) {
      return new Int32Array(0);
    }
    for (let s = 0; s < nS; s += 1) {
      if (blocked[ea[m]! * nS + s] === 0 && blocked[eb[m]! * nS + s] === 0) {
        free.push(s);
      }
    }
    return Int32Array.from(free);
  });
  const slotIds = slots.map((slot) => slot.slotId);
  return {
    ...{ personIds, slotIds, meetings, kept, nP, nS, nM: meetings.length },
    ...{ ea, eb, byPerson, feasible, blocked, cap, keptCount, keptTables },
  };
}

/** The objective, compared lexicographically: more meetings, more people covered, less spread, fewer gaps. */
export interface Score {
  count: number;
  covered: number;
  sumSq: number;
  gaps: number;
}

/** Positive when a is better than b. */
export function compareScore(a: Score, b: Score): number {
  return a.count - b.count || a.covered - b.covered || b.sumSq - a.sumSq || b.gaps - a.gaps;
}

/** A mutable assignment of meetings to slots with its score maintained incrementally. */
export class ScheduleState implements Score {
  readonly at: Int32Array;
  readonly slotOf: Int32Array;
  readonly load: Int32Array;
  readonly cnt: Int32Array;
  readonly gapsOf: Int32Array;
  /** Per slot: its meetings (unordered) and each meeting's position there, for O(1) removal. */
  readonly members: Int32Array[];
  private readonly posInSlot: Int32Array;
  count = 0;
  /** Never below the largest meeting count of a person (exact after recountCeiling). */
  countCeiling = 0;
  covered = 0;
  sumSq = 0;
  gaps = 0;
  /** Undo log: pairs (meeting, previous slot). */
  private readonly log: number[] = [];

  constructor(readonly pb: Problem) {
    this.at = new Int32Array(pb.nP * pb.nS).fill(-1);
    this.slotOf = new Int32Array(pb.nM).fill(-1);
    this.load = new Int32Array(pb.nS);
    this.cnt = Int32Array.from(pb.keptCount);
    this.gapsOf = new Int32Array(pb.nP);
    // One spare place: a gap move may overfill a slot for a moment before it moves another meeting out.
    this.members = Array.from(pb.cap, (c) => new Int32Array(Math.max(c, 0) + 1));
    this.posInSlot = new Int32Array(pb.nM).fill(-1);
    for (let p = 0; p < pb.nP; p += 1) {
      const c = this.cnt[p]!;
      this.covered += c > 0 ? 1 : 0;
      this.countCeiling = Math.max(this.countCeiling, c);
      this.sumSq += c * c;
      this.gapsOf[p] = this.personGaps(p);
      this.gaps += this.gapsOf[p]!;
    }
  }

  /** Whether meeting m fits into slot s now (both people free there, a table left). */
  canPlace(m: number, s: number): boolean {
    const { nS, ea, eb } = this.pb;
    return (
      this.load[s]! < this.pb.cap[s]! &&
      this.pb.blocked[ea[m]! * nS + s] === 0 &&
      this.pb.blocked[eb[m]! * nS + s] === 0 &&
      this.at[ea[m]! * nS + s] === -1 &&
      this.at[eb[m]! * nS + s] === -1
    );
  }

  /** The meeting person p has in slot s, or -1. */
  meetingAt(p: number, s: number): number {
    return this.at[p * this.pb.nS + s]!;
  }

  /** Idle gaps of person p (as if also busy in slot `extra`): free, available slots between the first and last meeting. */
  personGaps(p: number, extra = -1): number {
    const { nS, blocked } = this.pb;
    const row = p * nS;
    let first = -1;
    let last = -1;
    for (let s = 0; s < nS; s += 1) {
      if (s === extra || this.at[row + s]! >= 0 || blocked[row + s] === IN_KEPT) {
        first = first < 0 ? s : first;
        last = s;
      }
    }
    let idle = 0;
    for (let s = first + 1; s < last; s += 1) {
      // A slot at a starred session is not idle time.
      if (s !== extra && this.at[row + s]! < 0 && blocked[row + s] === 0) {
        idle += 1;
      }
    }
    return idle;
  }

  /** Places unscheduled meeting m into slot s (the caller checked canPlace). */
  place(m: number, s: number): void {
    this.setSlot(m, s);
    this.log.push(m, -1);
  }

  /** Takes meeting m out of its slot. */
  unplace(m: number): void {
    const s = this.slotOf[m]!;
    this.setSlot(m, -1);
    this.log.push(m, s);
  }

  /** A point to roll back to. */
  checkpoint(): number {
    return this.log.length;
  }

  /** Undoes every change since the checkpoint. */
  rollback(mark: number): void {
    while (this.log.length > mark) {
      const prev = this.log.pop()!;
      const m = this.log.pop()!;
      this.setSlot(m, prev);
    }
  }

  /** Forgets the undo log back to the checkpoint (the changes stay). */
  commit(mark: number): void {
    this.log.length = mark;
  }

  /** Makes countCeiling exact again (it only grows as meetings come and go). */
  recountCeiling(): void {
    this.countCeiling = this.cnt.reduce((most, c) => Math.max(most, c), 0);
  }

  /** A copy of the score. */
  score(): Score {
    return { count: this.count, covered: this.covered, sumSq: this.sumSq, gaps: this.gaps };
  }

  private setSlot(m: number, s: number): void {
    const old = this.slotOf[m]!;
    if (old === s) {
      return;
    }
    const { nS, ea, eb } = this.pb;
    const a = ea[m]!;
    const b = eb[m]!;
    if (old >= 0) {
      this.removeMember(m, old);
      this.at[a * nS + old] = -1;
      this.at[b * nS + old] = -1;
      this.count -= 1;
    }
    if (s >= 0) {
      this.addMember(m, s);
      this.at[a * nS + s] = m;
      this.at[b * nS + s] = m;
      this.count += 1;
    }
    this.slotOf[m] = s;
    const delta = (old >= 0 ? -1 : 0) + (s >= 0 ? 1 : 0);
    this.updatePerson(a, delta);
    if (b !== a) {
      this.updatePerson(b, delta);
    }
  }

  private updatePerson(p: number, delta: number): void {
    if (delta !== 0) {
      const c = this.cnt[p]!;
      const next = c + delta;
      this.cnt[p] = next;
      this.countCeiling = Math.max(this.countCeiling, next);
      this.covered += (next > 0 ? 1 : 0) - (c > 0 ? 1 : 0);
      this.sumSq += next * next - c * c;
    }
    const g = this.personGaps(p);
    this.gaps += g - this.gapsOf[p]!;
    this.gapsOf[p] = g;
  }

  private addMember(m: number, s: number): void {
    const list = this.members[s]!;
    const n = this.load[s]!;
    list[n] = m;
    this.posInSlot[m] = n;
    this.load[s] = n + 1;
  }

  private removeMember(m: number, s: number): void {
    const list = this.members[s]!;
    const n = this.load[s]! - 1;
    const i = this.posInSlot[m]!;
    const moved = list[n]!;
    list[i] = moved;
    this.posInSlot[moved] = i;
    this.posInSlot[m] = -1;
    this.load[s] = n;
  }
}
