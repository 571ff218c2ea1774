import type { LiveSettings, Question } from '../../../contract/qa.js';
import type { QuestionRow } from './repository.js';
import type { SettingsRow } from './settings-repository.js';

/** A question row as every view shows it; an anonymous question never carries a name. */
export function toQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    sessionId: row.sessionId,
    text: row.text,
    authorName: row.isAnonymous === 1 ? null : row.authorName,
    voteCount: row.voteCount,
    state: row.state,
    isAnswered: row.isAnswered === 1,
    isPinned: row.isPinned === 1,
    isEdited: row.isEdited === 1,
    mergedCount: row.mergedCount,
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt,
  };
}

/** The settings of a session that has none saved yet: everything off, no join code. */
export function defaultSettings(sessionId: string): LiveSettings {
  return {
    sessionId,
    qaEnabled: false,
    preApproval: false,
    guestsAllowed: false,
    joinCode: null,
    screen: { mode: 'questions', pollId: null },
  };
}

export function toLiveSettings(sessionId: string, row: SettingsRow | null): LiveSettings {
  if (!row) {
    return defaultSettings(sessionId);
  }
  return {
    sessionId,
    qaEnabled: row.qaEnabled === 1,
    preApproval: row.preApproval === 1,
    guestsAllowed: row.guestsAllowed === 1,
    joinCode: row.joinCode,
    screen: { mode: row.screenMode, pollId: row.screenPollId },
  };
}
