/**
 * Merging a duplicate question into another: every person who upvoted either counts once for the
 * merged question (a person who upvoted both does not count twice). The repository does the same in
 * SQL; this is the reference the database tests compare against.
 */
export function mergedVoters(target: Iterable<string>, duplicate: Iterable<string>): Set<string> {
  const voters = new Set(target);
  for (const voter of duplicate) {
    voters.add(voter);
  }
  return voters;
}

/** How many duplicates a question stands for after a merge: the duplicate and whatever was merged into it. */
export function mergedCountAfter(targetMerged: number, duplicateMerged: number): number {
  return targetMerged + duplicateMerged + 1;
}

/** A merge is allowed between two distinct, unmerged questions of the same session. */
export function canMerge(
  target: { id: string; sessionId: string; state: string },
  duplicate: { id: string; sessionId: string; state: string },
): boolean {
  return (
    target.id !== duplicate.id &&
    target.sessionId === duplicate.sessionId &&
    target.state !== 'merged' &&
    duplicate.state !== 'merged'
  );
}
