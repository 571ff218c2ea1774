import type { RegistrationAdmin, RegistrationQuestion } from '../../../contract/registration.js';
import type { RegistrationSettingsInput } from '../../../contract/registration-admin.js';
import type { FieldProblem } from '../../errors.js';

type Answers = RegistrationAdmin['answers'];
type Answer = Answers[string];

function fitsKind(question: RegistrationQuestion, answer: Answer): boolean {
  const keys = new Set(question.options.map((o) => o.key));
  switch (question.kind) {
    case 'text':
      return typeof answer === 'string';
    case 'checkbox':
      return typeof answer === 'boolean';
    case 'single':
      return typeof answer === 'string' && (answer === '' || keys.has(answer));
    case 'multiple':
      return (
        Array.isArray(answer) && answer.every((k) => keys.has(k)) && new Set(answer).size === answer.length
      );
  }
}

/**
 * Problems of answers an organizer sends for the event's current questions: an answer to an unknown
 * question, or one that does not fit its question (a choice that is not offered). Each names its field.
 */
export function checkAnswers(questions: RegistrationQuestion[], answers: Answers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const question = questions.find((q) => q.id === id);
    if (!question) {
      problems.push({ field: `answers.${id}`, key: 'field.question_unknown' });
    } else if (!fitsKind(question, answer)) {
      problems.push({ field: `answers.${id}`, key: 'field.invalid_value' });
    }
  }
  return problems;
}

/**
 * Problems of a question list beyond its shape: ids must be questions of this event and unique,
 * choice questions need two options with distinct keys.
 */
export function checkQuestions(
  questions: RegistrationSettingsInput['questions'],
  existingIds: Set<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seenIds = new Set<string>();
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (question.id !== undefined) {
      if (!existingIds.has(question.id)) {
        problems.push({ field: `${at}.id`, key: 'field.question_unknown' });
      } else if (seenIds.has(question.id)) {
        problems.push({ field: `${at}.id`, key: 'field.duplicate_key' });
      }
      seenIds.add(question.id);
    }
    if (question.kind !== 'single' && question.kind !== 'multiple') {
      return;
    }
    if (question.options.length < 2) {
      problems.push({ field: `${at}.options`, key: 'field.options_required' });
    }
    const seenKeys = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      if (seenKeys.has(option.key)) {
        problems.push({ field: `${at}.options.${optionIndex}.key`, key: 'field.duplicate_key' });
      }
      seenKeys.add(option.key);
    });
  });
  return problems;
}
