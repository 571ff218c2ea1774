/** A networking session of the programme: a block that is cut into meeting slots. */
export interface BlockSession {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface SlotTimes {
  sessionId: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Cuts a block into back-to-back slots of `slotMinutes` from its start; a remainder shorter than a
 * slot stays free (a meeting never runs past the end of its block).
 */
export function cutSlots(block: BlockSession, slotMinutes: number): SlotTimes[] {
  const start = Date.parse(block.startsAt);
  const end = Date.parse(block.endsAt);
  const step = slotMinutes * 60_000;
  if (!Number.isFinite(start) || !Number.isFinite(end) || step <= 0) {
    return [];
  }
  const slots: SlotTimes[] = [];
  for (let from = start; from + step <= end; from += step) {
    slots.push({
      sessionId: block.id,
      startsAt: new Date(from).toISOString(),
      endsAt: new Date(from + step).toISOString(),
    });
  }
  return slots;
}

/** The identity of a slot across syncs: its block and its times. */
export function slotKey(slot: SlotTimes): string {
  return `${slot.sessionId}|${slot.startsAt}|${slot.endsAt}`;
}

/** True when two half-open intervals [a, b) and [c, d) overlap. */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return Date.parse(aStart) < Date.parse(bEnd) && Date.parse(bStart) < Date.parse(aEnd);
}
