import type { LatencySummary } from './histogram.js';

/** IPC from bench/live-fanout.ts to its client process. */
export type ToClients =
  | {
      type: 'connect';
      liveUrl: string;
      room: string;
      bareUrl: string;
      clients: number;
      /** Headers of every live client (a guest cookie when the room admits guests). */
      headers: Record<string, string>;
    }
  /** Publish times of wire messages, keyed by their first entity `kind:id:version`. */
  | { type: 'published'; entries: [string, number][] }
  /** The storm starts: the client process measures its CPU time from here. */
  | { type: 'mark' }
  | {
      type: 'finish';
      liveMessages: number;
      bareMessages: number;
      tallyKind: string;
      /** Votes sent per question id (questions with at least one vote). */
      expectedVotes: Record<string, number>;
    };

export interface ClientResult {
  live: LatencySummary;
  bare: LatencySummary;
  /** Wire messages a client should have received but did not, summed over clients. */
  liveLost: number;
  bareLost: number;
  /** Arrivals whose publish time never came (should be 0). */
  unmatchedArrivals: number;
  /** CPU time the client process used from the mark to the end (ms). */
  cpuMs: number;
  /** Clients whose final vote count per question equals the votes sent, and the totals shown. */
  exactClients: number;
  minShown: number;
  maxShown: number;
}

export type FromClients = { type: 'ready' } | { type: 'result'; result: ClientResult };
