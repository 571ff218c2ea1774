import { useCallback, useSyncExternalStore } from 'react';
import { createLiveClient, type LiveClient, type LiveRoomState } from './live-client.js';

let client: LiveClient | null = null;

/** The page's one live connection, created on first use; reconnects at once when the network returns. */
export function getLiveClient(): LiveClient {
  if (!client) {
    const created = createLiveClient();
    client = created;
    window.addEventListener('online', () => created.reconnectNow());
    // A phone coming back from the lock screen may hold a socket that died silently.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') {
        created.probe();
      }
    });
  }
  return client;
}

const NO_ROOM: LiveRoomState = { status: 'connecting', error: null, entities: new Map() };

/**
 * A live room's merged entities (`kind:id` -> {version, data}) and connection status; re-renders on
 * every change. Pass null to stay disconnected (e.g. until the page knows the room).
 */
export function useLiveRoom(room: string | null): LiveRoomState {
  const subscribe = useCallback(
    (onChange: () => void) => (room ? getLiveClient().watch(room, onChange) : () => undefined),
    [room],
  );
  const getSnapshot = useCallback(() => (room ? getLiveClient().getRoom(room) : NO_ROOM), [room]);
  return useSyncExternalStore(subscribe, getSnapshot, () => NO_ROOM);
}
