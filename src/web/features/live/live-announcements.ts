import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalQueue } from '../../../contract/qa-ordering.js';
import { useAnnounce } from '../../components/announcer.js';
import type { SessionRoomView } from './room.js';

/** New questions waiting for approval are announced to moderators at most this often, as a count. */
export const WAITING_ANNOUNCE_EVERY_MS = 10_000;

/**
 * Announces to participants a poll that opens while they are on the page (once per opening); the polls
 * open on arrival are on the page already, and votes are never announced.
 */
export function useAnnounceOpenedPolls(room: SessionRoomView): void {
  const { t } = useTranslation('live-qa');
  const announce = useAnnounce();
  const states = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    // The first snapshot is the baseline: nothing in it is news.
    if (states.current === null && room.status !== 'live') {
      return;
    }
    const before = states.current;
    states.current = new Map(room.polls.map((p) => [p.id, p.state]));
    if (!before) {
      return;
    }
    const opened = room.polls.filter((p) => p.state === 'open' && before.get(p.id) !== 'open');
    const [first] = opened;
    if (opened.length === 1 && first) {
      announce(t('live.pollOpened', { question: first.question }));
    } else if (opened.length > 1) {
      announce(t('live.pollsOpened', { count: opened.length }));
    }
  }, [room.polls, room.status, announce, t]);
}

/**
 * Announces to moderators the questions that arrive in the approval queue, as a count, at most every
 * WAITING_ANNOUNCE_EVERY_MS: a busy room does not talk over the moderator.
 */
export function useAnnounceWaitingQuestions(room: SessionRoomView): void {
  const { t } = useTranslation('live-qa');
  const announce = useAnnounce();
  const known = useRef<Set<string> | null>(null);
  const unsaid = useRef(0);
  const waiting = useRef(0);
  const lastSaidAt = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    const queue = approvalQueue(room.questions);
    waiting.current = queue.length;
    if (known.current === null) {
      if (room.status === 'live') {
        known.current = new Set(queue.map((q) => q.id));
      }
      return;
    }
    const seen = known.current;
    const fresh = queue.filter((q) => !seen.has(q.id));
    for (const q of fresh) {
      seen.add(q.id);
    }
    if (fresh.length === 0) {
      return;
    }
    unsaid.current += fresh.length;
    if (timer.current !== undefined) {
      return;
    }
    const say = () => {
      timer.current = undefined;
      lastSaidAt.current = Date.now();
      announce(t('moderate.newWaiting', { count: unsaid.current, waiting: waiting.current }));
      unsaid.current = 0;
    };
    const wait = Math.max(0, lastSaidAt.current + WAITING_ANNOUNCE_EVERY_MS - Date.now());
    timer.current = window.setTimeout(say, wait);
  }, [room.questions, room.status, announce, t]);
}
