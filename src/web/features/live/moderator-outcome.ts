import type { TFunction } from 'i18next';
import type { PollAction } from '../../../contract/polls.js';
import type { ModeratorChange } from './api.js';

export const questionItemId = (questionId: string) => `question-${questionId}`;
export const pollItemId = (pollId: string) => `poll-${pollId}`;

const POLL_DONE: Record<PollAction, string> = {
  open: 'moderate.done.pollOpen',
  close: 'moderate.done.pollClose',
  'show-results': 'moderate.done.pollShowResults',
  'hide-results': 'moderate.done.pollHideResults',
};

/** Where the focus goes when a moderator's control gives way to the change it made (first that exists). */
export function resultIdsOf(change: ModeratorChange): string[] {
  switch (change.kind) {
    case 'action':
    case 'edit':
    case 'block':
      return [questionItemId(change.questionId), 'mod-questions-heading'];
    case 'merge':
      return [questionItemId(change.intoId), 'mod-questions-heading'];
    case 'unblock':
      return ['blocks-heading', 'mod-questions-heading'];
    case 'screen':
      return ['screen-heading'];
    case 'poll-create':
      return ['poll-form-heading'];
    case 'poll-action':
    case 'poll-delete':
      return [pollItemId(change.pollId), 'mod-polls-heading'];
  }
}

/** What a moderator's change did, said once after it succeeded. */
export function outcomeOf(change: ModeratorChange, t: TFunction<'live-qa'>): string {
  switch (change.kind) {
    case 'action':
      return t(`moderate.done.${change.action}`);
    case 'edit':
    case 'merge':
    case 'block':
    case 'unblock':
      return t(`moderate.done.${change.kind}`);
    case 'screen':
      return t(change.mode === 'poll' ? 'moderate.done.screenPoll' : 'moderate.done.screenQuestions');
    case 'poll-create':
      return t('moderate.done.pollCreate', { question: change.body.question });
    case 'poll-action':
      return t(POLL_DONE[change.action]);
    case 'poll-delete':
      return t('moderate.done.pollDelete');
  }
}
