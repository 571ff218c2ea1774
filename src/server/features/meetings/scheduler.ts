/**
 * Scheduling accepted 1:1 meetings into slots and tables. STUB created by the lead: the scheduler
 * helper implements it; the meetings feature depends only on these types.
 *
 * Objective, lexicographic: (1) maximise meetings scheduled; (2) fairness: maximise the number of
 * people with at least one meeting, then minimise the spread (nobody without while others have many);
 * (3) fewer idle gaps per person (slots between a person's first and last meeting left empty).
 * Hard constraints: no person in two meetings in one slot, no table used twice in one slot, never in a
 * slot where a person is unavailable, kept meetings stay exactly where they are. Pure and deterministic.
 */

export interface SchedulerSlot {
  slotId: string;
  /** Order of the slot in the day (for gaps). */
  index: number;
}

export interface SchedulerMeeting {
  meetingId: string;
  personA: string;
  personB: string;
}

export interface KeptMeeting extends SchedulerMeeting {
  slotId: string;
  tableId: string;
}

export interface SchedulerInput {
  slots: readonly SchedulerSlot[];
  tableIds: readonly string[];
  /** Accepted meetings still to place. */
  meetings: readonly SchedulerMeeting[];
  /** Published meetings a rerun keeps exactly. */
  kept: readonly KeptMeeting[];
  /** personId -> slot ids the person cannot meet in (starred sessions, blocked times). */
  unavailable: ReadonlyMap<string, ReadonlySet<string>>;
  /** Optional time budget; the result is still valid (maybe less optimal) when it runs out. */
  timeLimitMs?: number;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export type UnscheduledReason = 'no-common-free-slot' | 'no-free-table' | 'person-fully-booked';

export interface SchedulerResult {
  scheduled: KeptMeeting[];
  unscheduled: { meetingId: string; reason: UnscheduledReason }[];
  /** Upper bound on what could be scheduled (for the report and the benchmark). */
  upperBound: number;
  idleGaps: number;
}

/** Places meetings into slots and tables; see the module comment for the objective. */
export function scheduleMeetings(input: SchedulerInput): SchedulerResult {
  void input;
  throw new Error('scheduleMeetings: not implemented yet');
}
