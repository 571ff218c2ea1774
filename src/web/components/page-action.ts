import { useMemo } from 'react';
import { useAnnounce } from './announcer.js';

// How long after an action a lost focus is still caught: the change can arrive late (a refetch, the room).
const KEEP_FOCUS_MS = 10_000;

let watcher: { observer: MutationObserver; timer: number } | null = null;

function stopWatching(): void {
  if (watcher) {
    watcher.observer.disconnect();
    window.clearTimeout(watcher.timer);
    watcher = null;
  }
}

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * While an action's change reaches the page, catches the focus if it falls to the body (its control was
 * replaced or removed) and puts it on the action's result: the first element of `resultIds` that exists
 * (else the page's main content).
 * A control that stays keeps the focus; only one action is watched at a time.
 */
export function keepFocusFor(...resultIds: string[]): void {
  stopWatching();
  const rescue = () => {
    if (!focusLost()) {
      return;
    }
    const result = [...resultIds, 'content']
      .map((id) => document.getElementById(id))
      .find((element) => element !== null);
    result?.focus();
  };
  const observer = new MutationObserver(rescue);
  observer.observe(document.body, { childList: true, subtree: true });
  watcher = { observer, timer: window.setTimeout(stopWatching, KEEP_FOCUS_MS) };
}

/**
 * The rule for an action that changes the page: focus stays on its control or goes to its result
 * (`keepFocus(...resultIds)` before the request), and its outcome is announced once, politely (`announce`).
 * Controls stay focusable while the request runs: use `ActionButton` (aria-disabled), never `disabled`.
 */
export function usePageAction() {
  const announce = useAnnounce();
  return useMemo(() => ({ announce, keepFocus: keepFocusFor }), [announce]);
}
