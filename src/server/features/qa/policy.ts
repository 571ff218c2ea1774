import type { LiveViewer } from '../../live/index.js';
import type { SettingsRow } from './settings-repository.js';

/** Who votes or asks: 'p:<person id>' for a signed-in person, 'g:<guest id>' for a guest. */
export interface Voter {
  key: string;
  personId: string | null;
}

/** Every key the viewer may be known under (a signed-in person may also carry an older guest cookie). */
export function viewerKeys(viewer: LiveViewer): string[] {
  const keys: string[] = [];
  if (viewer.personId) {
    keys.push(`p:${viewer.personId}`);
  }
  if (viewer.guestId) {
    keys.push(`g:${viewer.guestId}`);
  }
  return keys;
}

/** The key the viewer votes under: the person when signed in, else the guest identity (or none yet). */
export function primaryVoter(viewer: LiveViewer): Voter | null {
  if (viewer.personId) {
    return { key: `p:${viewer.personId}`, personId: viewer.personId };
  }
  return viewer.guestId ? { key: `g:${viewer.guestId}`, personId: null } : null;
}

/** Guests take part only where the organizer allows it; signed-in people and organizers always. */
export function mayParticipate(settings: SettingsRow | null, viewer: LiveViewer): boolean {
  return Boolean(viewer.personId) || viewer.isOrganizer || settings?.guestsAllowed === 1;
}

/** Events whose live pages exist for the audience: published ones, and archived ones read-only. */
export function isEventVisible(status: string): boolean {
  return status === 'published' || status === 'archived';
}
