import { describe, expect, it } from 'vitest';
import { runSchedulerInWorker } from '../../src/server/features/meetings/run-scheduler.js';

describe('the scheduler in a worker thread', () => {
  it('loads the scheduler in the worker, reports progress and returns the plan', async () => {
    const phases: string[] = [];
    const result = await runSchedulerInWorker(
      {
        slots: [
          { slotId: 's1', index: 0 },
          { slotId: 's2', index: 1 },
        ],
        tableIds: ['t1'],
        meetings: [
          { meetingId: 'm1', personA: 'a', personB: 'b' },
          { meetingId: 'm2', personA: 'a', personB: 'c' },
        ],
        kept: [],
        unavailable: new Map([['b', new Set(['s2'])]]),
      },
      (p) => phases.push(p.phase),
    );
    expect(result.scheduled.map((s) => [s.meetingId, s.slotId])).toEqual([
      ['m1', 's1'],
      ['m2', 's2'],
    ]);
    expect(phases).toContain('done');
  });
});
