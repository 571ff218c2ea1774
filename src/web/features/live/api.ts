import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ModeratorPoll,
  ParticipantPoll,
  PollAction,
  PollInput,
  PollVoteInput,
} from '../../../contract/polls.js';
import type {
  AdminLiveSettings,
  AskQuestionInput,
  LiveSession,
  LiveSettings,
  LiveSettingsInput,
  Moderation,
  ModerationAction,
  Question,
  ScreenMode,
  VoteResult,
} from '../../../contract/qa.js';
import { apiFetch } from '../../app/api.js';

const liveKey = (sessionId: string) => ['live', sessionId];

/** The live page's data for the caller: session, settings, rights, own votes and questions. */
export function useLiveSession(sessionId: string, enabled = true) {
  return useQuery({
    queryKey: [...liveKey(sessionId), 'page'],
    queryFn: () => apiFetch<LiveSession>(`/api/v1/sessions/${sessionId}/live`),
    retry: false,
    enabled,
  });
}

/** The caller's answers to the session's polls (the polls themselves come live from the room). */
export function useMyPolls(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...liveKey(sessionId), 'polls'],
    queryFn: () =>
      apiFetch<{ polls: ParticipantPoll[] }>(`/api/v1/sessions/${sessionId}/polls`).then((r) => r.polls),
    enabled,
    retry: false,
  });
}

/** Asks a question; refreshes the caller's own questions. */
export function useAskQuestion(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AskQuestionInput) =>
      apiFetch<Question>(`/api/v1/sessions/${sessionId}/questions`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...liveKey(sessionId), 'page'] }),
  });
}

/** Upvotes or takes an upvote back. */
export function useVote() {
  return useMutation({
    mutationFn: ({ questionId, vote }: { questionId: string; vote: boolean }) =>
      apiFetch<VoteResult>(`/api/v1/questions/${questionId}/vote`, { method: vote ? 'PUT' : 'DELETE' }),
  });
}

/** Answers a poll; refreshes the caller's answers. */
export function usePollVote(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pollId, body }: { pollId: string; body: PollVoteInput }) =>
      apiFetch<ParticipantPoll>(`/api/v1/polls/${pollId}/votes`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...liveKey(sessionId), 'polls'] }),
  });
}

/** Redeems a moderator link on this device. */
export function useRedeemModeratorLink(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      apiFetch(`/api/v1/sessions/${sessionId}/moderator-access`, { method: 'POST', body: { key } }),
    onSettled: () => client.invalidateQueries({ queryKey: liveKey(sessionId) }),
  });
}

/** The moderator's blocks (the questions come live from the moderators' room). */
export function useModeration(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...liveKey(sessionId), 'moderation'],
    queryFn: () => apiFetch<Moderation>(`/api/v1/sessions/${sessionId}/moderation`),
    enabled,
  });
}

export type ModeratorChange =
  | { kind: 'action'; questionId: string; action: ModerationAction }
  | { kind: 'edit'; questionId: string; text: string }
  | { kind: 'merge'; questionId: string; intoId: string }
  | { kind: 'block'; questionId: string }
  | { kind: 'unblock'; blockId: string }
  | { kind: 'screen'; mode: ScreenMode; pollId: string | null }
  | { kind: 'poll-create'; body: PollInput }
  | { kind: 'poll-action'; pollId: string; action: PollAction }
  | { kind: 'poll-delete'; pollId: string };

/** Every moderator action; the rooms bring the results, blocks are refetched. */
export function useModeratorChange(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ModeratorChange): Promise<unknown> => {
      switch (change.kind) {
        case 'action':
          return apiFetch(`/api/v1/questions/${change.questionId}/moderation`, {
            method: 'POST',
            body: { action: change.action },
          });
        case 'edit':
          return apiFetch(`/api/v1/questions/${change.questionId}`, {
            method: 'PATCH',
            body: { text: change.text },
          });
        case 'merge':
          return apiFetch(`/api/v1/questions/${change.questionId}/merge`, {
            method: 'POST',
            body: { intoId: change.intoId },
          });
        case 'block':
          return apiFetch(`/api/v1/questions/${change.questionId}/block-author`, { method: 'POST' });
        case 'unblock':
          return apiFetch(`/api/v1/sessions/${sessionId}/blocks/${change.blockId}`, { method: 'DELETE' });
        case 'screen':
          return apiFetch<LiveSettings>(`/api/v1/sessions/${sessionId}/screen`, {
            method: 'PUT',
            body: { mode: change.mode, pollId: change.pollId },
          });
        case 'poll-create':
          return apiFetch<ModeratorPoll>(`/api/v1/sessions/${sessionId}/polls`, {
            method: 'POST',
            body: change.body,
          });
        case 'poll-action':
          return apiFetch<ModeratorPoll>(`/api/v1/polls/${change.pollId}/state`, {
            method: 'POST',
            body: { action: change.action },
          });
        case 'poll-delete':
          return apiFetch(`/api/v1/polls/${change.pollId}`, { method: 'DELETE' });
      }
    },
    onSuccess: (_data, change) => {
      if (change.kind === 'block' || change.kind === 'unblock') {
        void client.invalidateQueries({ queryKey: [...liveKey(sessionId), 'moderation'] });
      }
    },
  });
}

/** The organizer's live settings of a session. */
export function useAdminLiveSettings(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...liveKey(sessionId), 'admin-settings'],
    queryFn: () => apiFetch<AdminLiveSettings>(`/api/v1/admin/sessions/${sessionId}/live-settings`),
    enabled,
  });
}

type SettingsChange =
  { kind: 'settings'; body: LiveSettingsInput } | { kind: 'join-code' } | { kind: 'moderator-link' };

/** Changes the organizer's live settings, draws a join code or issues a moderator link. */
export function useAdminLiveChange(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: SettingsChange): Promise<AdminLiveSettings | { url: string }> => {
      const base = `/api/v1/admin/sessions/${sessionId}`;
      switch (change.kind) {
        case 'settings':
          return apiFetch<AdminLiveSettings>(`${base}/live-settings`, { method: 'PUT', body: change.body });
        case 'join-code':
          return apiFetch<AdminLiveSettings>(`${base}/join-code`, { method: 'POST' });
        case 'moderator-link':
          return apiFetch<{ url: string }>(`${base}/moderator-link`, { method: 'POST' });
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: liveKey(sessionId) }),
  });
}

/** Resolves a join code to its session. */
export function resolveJoinCode(code: string) {
  return apiFetch<{ sessionId: string; eventSlug: string }>(`/api/v1/live/join/${encodeURIComponent(code)}`);
}
