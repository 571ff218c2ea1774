/**
 * Scheduling accepted 1:1 meetings into slots and tables. STUB created by the lead: the scheduler
 * helper implements it; the meetings feature depends only on these types.
 *
 * Objective, lexicographic: (1) maximise meetings scheduled; (2) fairness: maximise the number of
 * people with at least one meeting, then minimise the spread (nobody without while others have many);
 * (3) fewer idle gaps per person (slots between a person's first and last meeting left empty).
 * Hard constraints: no person in two meetings in one slot, no table used twice in one slot, never in a
 * slot where a person is unavailable, kept meetings stay exactly where they are. Pure and deterministic.
 * Method and bound: docs/meetings.md, "Scheduler: objective and method".
 */
import { upperBoundForNewMeetings } from './scheduler-bound.js';
import { augmentCount, ChainSearch, placeGreedily } from './scheduler-construct.js';
import { SearchBudget, seededRandom } from './scheduler-context.js';
import { reduceGaps } from './scheduler-gaps.js';
import { improveFairness, perturbAndRepair } from './scheduler-improve.js';
import { buildProblem, ScheduleState, type Problem } from './scheduler-state.js';
import { assignTables } from './scheduler-tables.js';

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
  /** In the order tables are filled (for example by table number). */
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
  /** Seed of the perturbation search (default fixed): the same input and seed give the same schedule. */
  seed?: number;
  /** Rounds of the perturbation search (default from the instance's size; 0 turns it off). */
  improveRounds?: number;
}

export type UnscheduledReason = 'no-common-free-slot' | 'no-free-table' | 'person-fully-booked';

export interface SchedulerResult {
  /** The whole schedule: kept meetings unchanged plus the newly placed ones, by slot, then table order. */
  scheduled: KeptMeeting[];
  unscheduled: { meetingId: string; reason: UnscheduledReason }[];
  /** Upper bound on what could be scheduled, kept meetings included (for the report and the benchmark). */
  upperBound: number;
  /** Over all people, kept meetings included: free, available slots between their first and last meeting. */
  idleGaps: number;
  /** True when the time limit cut the search short (the schedule is still valid). */
  timeLimitReached?: boolean;
}

/** Why meeting m stayed out of the final schedule. */
function reasonFor(pb: Problem, st: ScheduleState, m: number): UnscheduledReason {
  const options = pb.feasible[m]!;
  if (options.length === 0) {
    return 'no-common-free-slot';
  }
  const bothFree = options.some((s) => st.meetingAt(pb.ea[m]!, s) < 0 && st.meetingAt(pb.eb[m]!, s) < 0);
  return bothFree ? 'no-free-table' : 'person-fully-booked';
}

/** Places meetings into slots and tables; see the module comment for the objective. */
export function scheduleMeetings(input: SchedulerInput): SchedulerResult {
  const budget = new SearchBudget(input.timeLimitMs, input.onProgress);
  const pb = buildProblem(input);
  budget.report('prepare', 0, pb.nM);
  const st = new ScheduleState(pb);
  const chain = new ChainSearch(st, budget);
  placeGreedily(st, budget);
  augmentCount(st, chain, budget);
  improveFairness(st, chain, budget);
  const rounds = input.improveRounds ?? 200 + 20 * Math.min(pb.nM, 100);
  perturbAndRepair(st, chain, budget, seededRandom(input.seed ?? 20200206), rounds);
  reduceGaps(st, budget);
  const scheduled = assignTables(pb, st.slotOf, input.tableIds);
  const unscheduled: SchedulerResult['unscheduled'] = [];
  for (let m = 0; m < pb.nM; m += 1) {
    if (st.slotOf[m]! < 0) {
      unscheduled.push({ meetingId: pb.meetings[m]!.meetingId, reason: reasonFor(pb, st, m) });
    }
  }
  const upperBound = pb.kept.length + upperBoundForNewMeetings(pb);
  budget.report('done', pb.nM, pb.nM);
  return {
    scheduled,
    unscheduled,
    upperBound,
    idleGaps: st.gaps,
    ...(budget.stopped ? { timeLimitReached: true } : {}),
  };
}
