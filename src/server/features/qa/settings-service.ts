import {
  normalizeJoinCode,
  type AdminLiveSettings,
  type LiveSettingsInput,
  type ScreenMode,
} from '../../../contract/qa.js';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { hashSecret, newSecret } from '../../ids.js';
import type { LiveHub, LiveViewer } from '../../live/index.js';
import type { Actor } from '../../plugins/auth.js';
import type { Locale } from '../../../contract/locale.js';
import type { IssueGuest, LiveAccess } from './access.js';
import { questionsCsv } from './export.js';
import { isJoinCodeShape } from './join-code.js';
import { publishSettings } from './live.js';
import { toLiveSettings } from './mapping.js';
import { isEventVisible, primaryVoter } from './policy.js';
import type { QuestionRepository } from './repository.js';
import type { SettingsRepository, SettingsRow } from './settings-repository.js';

interface Deps {
  clock: Clock;
  live: Pick<LiveHub, 'publish'> & Partial<Pick<LiveHub, 'recheckRoom'>>;
  access: LiveAccess;
  settings: SettingsRepository;
  questions: QuestionRepository;
  /** The public address of this installation, for the moderator link. */
  baseUrl: string;
}

function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** A session's live settings, join code, moderator link and what the hall screen shows. */
export function createLiveSettingsService({ clock, live, access, settings, questions, baseUrl }: Deps) {
  const now = () => clock.now().toISOString();

  async function organizerSettings(actor: Actor, sessionId: string): Promise<SettingsRow> {
    assertOrganizer(actor);
    if (!(await settings.findSession(sessionId))) {
      throw new AppError('not_found');
    }
    return settings.ensureSettings(sessionId, now());
  }

  function toAdmin(row: SettingsRow): AdminLiveSettings {
    return { ...toLiveSettings(row.sessionId, row), hasModeratorLink: row.moderatorTokenHash !== null };
  }

  function changed(row: SettingsRow | undefined): AdminLiveSettings {
    if (!row) {
      throw new AppError('not_found');
    }
    publishSettings(live, row);
    return toAdmin(row);
  }

  return {
    /** The session a join code stands for (typed as read from the screen: any case, spaces, dashes). */
    async resolveJoinCode(input: string): Promise<{ sessionId: string; eventSlug: string }> {
      const code = normalizeJoinCode(input);
      const row = isJoinCodeShape(code) ? await settings.findSettingsByCode(code) : undefined;
      const session = row ? await settings.findSession(row.sessionId) : undefined;
      if (!session || !isEventVisible(session.eventStatus)) {
        throw new AppError('not_found');
      }
      return { sessionId: session.id, eventSlug: session.eventSlug };
    },

    /** The organizer's view of the settings; creating them (all off, with a join code) on first use. */
    async getSettings(actor: Actor, sessionId: string): Promise<AdminLiveSettings> {
      return toAdmin(await organizerSettings(actor, sessionId));
    },

    /** Switches Q&A, pre-approval and guests on or off. */
    async updateSettings(
      actor: Actor,
      sessionId: string,
      input: LiveSettingsInput,
    ): Promise<AdminLiveSettings> {
      await organizerSettings(actor, sessionId);
      return changed(
        await settings.updateSettings(sessionId, {
          qaEnabled: input.qaEnabled ? 1 : 0,
          preApproval: input.preApproval ? 1 : 0,
          guestsAllowed: input.guestsAllowed ? 1 : 0,
          updatedAt: now(),
        }),
      );
    },

    /** Draws a new join code; the old one stops working at once. */
    async replaceJoinCode(actor: Actor, sessionId: string): Promise<AdminLiveSettings> {
      await organizerSettings(actor, sessionId);
      return changed(await settings.replaceJoinCode(sessionId, now()));
    },

    /** Issues a new secret moderator link; earlier links and the devices that redeemed them lose access. */
    async issueModeratorLink(actor: Actor, sessionId: string): Promise<{ url: string }> {
      await organizerSettings(actor, sessionId);
      const token = newSecret();
      await settings.replaceModeratorToken(sessionId, hashSecret(token), now());
      // Devices that redeemed the earlier link leave the moderators' room at once.
      await live.recheckRoom?.(`session-mod:${sessionId}`);
      return { url: `${baseUrl}/sessions/${sessionId}/moderate?key=${token}` };
    },

    /** Redeems a moderator link on this device (signed-in person, else a guest identity issued now). */
    async redeemModeratorLink(sessionId: string, key: string, viewer: LiveViewer, issueGuest: IssueGuest) {
      const row = await settings.findSettings(sessionId);
      if (!row?.moderatorTokenHash || row.moderatorTokenHash !== hashSecret(key)) {
        throw new AppError('link_invalid');
      }
      const viewerKey = primaryVoter(viewer)?.key ?? `g:${await issueGuest()}`;
      await settings.addModeratorGrant(sessionId, viewerKey, now());
    },

    /** The session's questions as CSV (organizers), with votes and state; anonymous ones stay anonymous. */
    async exportQuestions(actor: Actor, sessionId: string, locale: Locale) {
      const session = await this.sessionForExport(actor, sessionId);
      return questionsCsv(await questions.listQuestions(sessionId), session, locale);
    },

    /** The session's title and zone for an organizer's export (polls use it too). */
    async sessionForExport(actor: Actor, sessionId: string): Promise<{ title: string; timeZone: string }> {
      assertOrganizer(actor);
      const session = await settings.findSession(sessionId);
      if (!session) {
        throw new AppError('not_found');
      }
      return { title: session.title, timeZone: session.timeZone };
    },

    /** What the hall screen shows: the top questions, or a poll (the polls feature checks the poll). */
    async setScreen(sessionId: string, viewer: LiveViewer, mode: ScreenMode, pollId: string | null) {
      await access.requireModerator(sessionId, viewer);
      const row = await settings.ensureSettings(sessionId, now());
      if (row.screenMode === mode && row.screenPollId === pollId) {
        return toLiveSettings(sessionId, row);
      }
      const updated = await settings.updateSettings(sessionId, {
        screenMode: mode,
        screenPollId: mode === 'poll' ? pollId : null,
        updatedAt: now(),
      });
      if (!updated) {
        throw new AppError('not_found');
      }
      publishSettings(live, updated);
      return toLiveSettings(sessionId, updated);
    },
  };
}
export type LiveSettingsService = ReturnType<typeof createLiveSettingsService>;
