import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { LiveViewer } from '../../live/index.js';
import { isEventVisible, mayParticipate, primaryVoter, viewerKeys, type Voter } from './policy.js';
import type { LiveSessionRow, SettingsRepository, SettingsRow } from './settings-repository.js';

/** A session on a live page, as one viewer meets it. */
export interface LiveContext {
  session: LiveSessionRow;
  /** Null until the organizer first saves the session's live settings. */
  settings: SettingsRow | null;
  viewer: LiveViewer;
  isModerator: boolean;
}

/** Issues a guest identity (cookie) for the current request; routes pass ensureGuestId bound to it. */
export type IssueGuest = () => Promise<string>;

/** Who may see, take part in and moderate a session's live Q&A and polls (used by qa and polls). */
export function createLiveAccess({ settings, clock }: { settings: SettingsRepository; clock: Clock }) {
  async function context(sessionId: string, viewer: LiveViewer): Promise<LiveContext> {
    const session = await settings.findSession(sessionId);
    if (!session || (!isEventVisible(session.eventStatus) && !viewer.isOrganizer)) {
      throw new AppError('not_found');
    }
    const row = (await settings.findSettings(sessionId)) ?? null;
    const isModerator =
      viewer.isOrganizer || (await settings.hasModeratorGrant(sessionId, viewerKeys(viewer)));
    return { session, settings: row, viewer, isModerator };
  }

  return {
    context,

    /** The context for a moderator action; 401 for nobody, 403 for a viewer without moderator rights. */
    async requireModerator(sessionId: string, viewer: LiveViewer): Promise<LiveContext> {
      const ctx = await context(sessionId, viewer);
      if (!ctx.isModerator) {
        throw new AppError(
          viewerKeys(viewer).length === 0 && !viewer.isOrganizer ? 'unauthenticated' : 'forbidden',
        );
      }
      return ctx;
    },

    /**
     * The voter for a write by the audience: the signed-in person, else a guest (issued now when the
     * caller has no guest identity yet) where guests are allowed. Archived events are read-only.
     */
    async requireVoter(ctx: LiveContext, issueGuest: IssueGuest): Promise<Voter> {
      if (ctx.session.eventStatus !== 'published') {
        throw new AppError('invalid_state');
      }
      if (!mayParticipate(ctx.settings, ctx.viewer)) {
        throw new AppError('unauthenticated');
      }
      const known = primaryVoter(ctx.viewer);
      if (known) {
        return known;
      }
      return { key: `g:${await issueGuest()}`, personId: null };
    },

    /** Whether the viewer may join the audience's room (also the hall screen's and speaker's). */
    async canJoinAudience(sessionId: string, viewer: LiveViewer): Promise<boolean> {
      try {
        const ctx = await context(sessionId, viewer);
        return ctx.isModerator || mayParticipate(ctx.settings, viewer);
      } catch {
        return false;
      }
    },

    /** Whether the viewer may join the moderators' room. */
    async canJoinModerators(sessionId: string, viewer: LiveViewer): Promise<boolean> {
      try {
        return (await context(sessionId, viewer)).isModerator;
      } catch {
        return false;
      }
    },

    now: () => clock.now().toISOString(),
  };
}
export type LiveAccess = ReturnType<typeof createLiveAccess>;
