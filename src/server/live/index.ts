export type { LiveHub, LiveMessage, LiveRoomProvider, LiveViewer } from './hub.js';
export { createLiveHub, COALESCE_WINDOW_MS, type LiveServerHub, type LiveHubOptions } from './create-hub.js';
export { liveRoutes } from './routes.js';
export { decodeFrame } from './protocol.js';
export {
  createGuestStore,
  ensureGuestId,
  GUEST_COOKIE,
  registerGuestStore,
  resolveLiveViewer,
  type GuestStore,
} from './viewer.js';
