import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SurveyAnswer, SurveyForm, SurveyResults, SurveySettings } from '../../../contract/survey.js';
import { apiFetch } from '../../app/api.js';

/** The survey behind a personal link. */
export function useSurveyForm(token: string) {
  return useQuery({
    queryKey: ['survey', token],
    queryFn: () => apiFetch<SurveyForm>(`/api/v1/survey/${encodeURIComponent(token)}`),
    retry: false,
  });
}

/** Sends the (anonymous) answer; an unanswered question is left out and comes back as a field error. */
export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: (answer: Partial<SurveyAnswer>) =>
      apiFetch(`/api/v1/survey/${encodeURIComponent(token)}`, { method: 'POST', body: answer }),
  });
}

/** The organizer's results and settings. */
export function useSurveyResults(eventId: string) {
  return useQuery({
    queryKey: ['survey-results', eventId],
    queryFn: () => apiFetch<SurveyResults>(`/api/v1/admin/events/${eventId}/survey`),
  });
}

export function useSaveSurveySettings(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: SurveySettings) =>
      apiFetch<SurveySettings>(`/api/v1/admin/events/${eventId}/survey/settings`, {
        method: 'PUT',
        body: settings,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-results', eventId] }),
  });
}
