import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

// Time between emptying a region and writing the message: screen readers read a change, so the same
// message twice in a row (a second check-in of the same person) must become a change too.
const REPEAT_GAP_MS = 100;

/**
 * A message for a status region that is in the DOM before it changes: every `say` is a change, the same
 * words again too (the region is emptied first). Show `message` in a `StatusText` (or any role="status").
 */
export function useStatusMessage(): [message: string, say: (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const say = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    setMessage('');
    timer.current = window.setTimeout(() => setMessage(next), REPEAT_GAP_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [message, say];
}

/** A visible status line, rendered from the start (empty) so that what it says later is announced once. */
export function StatusText({ message, className }: { message: string; className?: string }) {
  return (
    <p role="status" aria-atomic="true" className={className}>
      {message}
    </p>
  );
}

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * The page's one polite status region for outcomes with no visible text of their own (a moderator's
 * action, a live change), in the DOM from the first render and outside the router, so every page has it,
 * the hall screen too. Announcements go through `useAnnounce`.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, announce] = useStatusMessage();
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div id="announcer" role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a message once, politely, in the page's status region. Not for words already shown on the page. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
