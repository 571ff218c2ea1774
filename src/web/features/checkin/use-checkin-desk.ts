import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckinBatchResult, CheckinResult } from '../../../contract/checkin.js';
import type { RegistrationList } from '../../../contract/registration-admin.js';
import { ApiError, apiFetch } from '../../app/api.js';
import {
  checkInLocally,
  deskStorage,
  markCheckedIn,
  newScanId,
  toCachedAttendee,
  type CachedAttendee,
  type DeskResult,
  type QueuedScan,
} from './offline-checkin.js';

// A queued scan is tried again soon: right after the network returns, the first attempt can still fail.
const FLUSH_EVERY_MS = 3000;
const REFRESH_LIST_EVERY_MS = 60_000;
const LIST_PAGE = 1000;

export type DeskOutcome =
  { kind: 'result'; result: DeskResult } | { kind: 'unknown'; queued: boolean; message?: string } | null;

/** Every registration of the event, page by page, for the device's offline list. */
async function fetchAttendees(eventId: string): Promise<CachedAttendee[]> {
  const all: CachedAttendee[] = [];
  for (let offset = 0; ; offset += LIST_PAGE) {
    const page = await apiFetch<RegistrationList>(
      `/api/v1/admin/events/${eventId}/registrations?limit=${LIST_PAGE}&offset=${offset}&sort=name`,
    );
    all.push(...page.registrations.map(toCachedAttendee));
    if (all.length >= page.total || page.registrations.length === 0) {
      return all;
    }
  }
}

/**
 * The check-in desk: sends a scan at once when online; otherwise (or when the request fails on the way)
 * queues it, decides it from the cached list, and sends the queue when the network is back.
 */
export function useCheckinDesk(eventId: string, labelOf: (sector: string) => string) {
  const [online, setOnline] = useState(() => navigator.onLine);
  const [queue, setQueue] = useState<QueuedScan[]>(() => deskStorage.queue(eventId));
  const [attendeeCount, setAttendeeCount] = useState(() => deskStorage.attendees(eventId).length);
  const [outcome, setOutcome] = useState<DeskOutcome>(null);
  const [flushed, setFlushed] = useState<{ sent: number; failed: number } | null>(null);
  const flushing = useRef(false);
  const base = `/api/v1/admin/events/${eventId}`;

  const saveQueue = useCallback(
    (next: QueuedScan[]) => {
      deskStorage.saveQueue(eventId, next);
      setQueue(next);
    },
    [eventId],
  );

  const refreshList = useCallback(async () => {
    try {
      const list = await fetchAttendees(eventId);
      deskStorage.saveAttendees(eventId, list);
      setAttendeeCount(list.length);
      setOnline(true);
    } catch {
      // Keep the list from before: it is the fallback for exactly this case.
    }
  }, [eventId]);

  const flush = useCallback(async () => {
    const pending = deskStorage.queue(eventId);
    if (flushing.current || pending.length === 0 || !navigator.onLine) {
      return;
    }
    flushing.current = true;
    try {
      const answer = await apiFetch<CheckinBatchResult>(`${base}/checkins/batch`, {
        method: 'POST',
        body: { scans: pending },
      });
      setOnline(true);
      const done = new Set(answer.results.map((r) => r.scanId));
      // Scans queued while the batch was on its way stay for the next round.
      saveQueue(deskStorage.queue(eventId).filter((s) => !done.has(s.scanId)));
      setFlushed({ sent: answer.results.length, failed: answer.results.filter((r) => r.error).length });
      await refreshList();
    } catch {
      // Still offline or the server is away: try again later; the server dedupes by scan id.
    } finally {
      flushing.current = false;
    }
  }, [base, eventId, refreshList, saveQueue]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    void refreshList().then(flush);
    const flushTimer = window.setInterval(() => void flush(), FLUSH_EVERY_MS);
    const listTimer = window.setInterval(() => navigator.onLine && void refreshList(), REFRESH_LIST_EVERY_MS);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      window.clearInterval(flushTimer);
      window.clearInterval(listTimer);
    };
  }, [flush, refreshList]);

  const decideOffline = useCallback(
    (scan: QueuedScan) => {
      saveQueue([...deskStorage.queue(eventId), scan]);
      const local = checkInLocally(deskStorage.attendees(eventId), scan, labelOf);
      deskStorage.saveAttendees(eventId, local.attendees);
      setOutcome(local.result ? { kind: 'result', result: local.result } : { kind: 'unknown', queued: true });
    },
    [eventId, labelOf, saveQueue],
  );

  /** Checks in by ticket code (QR) or registration id (search). */
  const checkIn = useCallback(
    async (target: { ticketCode: string } | { registrationId: string }) => {
      const scan: QueuedScan = {
        scanId: newScanId(),
        ...target,
        scannedAt: new Date().toISOString(),
        device: 'web',
      };
      if (!navigator.onLine) {
        decideOffline(scan);
        return;
      }
      try {
        const result = await apiFetch<CheckinResult>(`${base}/checkins`, { method: 'POST', body: scan });
        setOnline(true);
        deskStorage.saveAttendees(eventId, markCheckedIn(deskStorage.attendees(eventId), result));
        setOutcome({ kind: 'result', result: { ...result, queued: false } });
      } catch (error) {
        if (error instanceof ApiError) {
          setOutcome({ kind: 'unknown', queued: false, message: error.message });
          return;
        }
        setOnline(false);
        decideOffline(scan);
      }
    },
    [base, decideOffline, eventId],
  );

  return { online, queued: queue.length, attendeeCount, outcome, flushed, checkIn, flush };
}
