import type { RegistrationQuestion } from '../../../contract/registration.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import { AppError, type FieldProblem } from '../../errors.js';

type AnswerValue = string | string[] | boolean;

export interface EventChoices {
  sectors: SectorDefinition[];
  topics: string[];
  questions: RegistrationQuestion[];
}

function checkAnswer(
  question: RegistrationQuestion,
  value: AnswerValue | undefined,
  field: string,
): FieldProblem | null {
  const keys = new Set(question.options.map((o) => o.key));
  const empty =
    value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) {
    return question.required ? { field, key: 'field.required' } : null;
  }
  switch (question.kind) {
    case 'text':
      return typeof value === 'string' ? null : { field, key: 'field.invalid_type' };
    case 'single':
      return typeof value === 'string' && keys.has(value) ? null : { field, key: 'field.invalid_value' };
    case 'multiple':
      return Array.isArray(value) && value.every((v) => keys.has(v))
        ? null
        : { field, key: 'field.invalid_value' };
    case 'checkbox':
      return typeof value === 'boolean' ? null : { field, key: 'field.invalid_type' };
  }
}

/**
 * Checks the choices that depend on the event: the sector must be one the event offers, topics must
 * be the event's (refused, not silently dropped, so nobody believes a topic was recorded), answers
 * must fit their questions and required questions must be answered. Returns the answers to store.
 */
export function checkEventChoices(
  choices: EventChoices,
  input: { sector?: string; topics?: string[]; answers?: Record<string, AnswerValue> },
  partial = false,
): Record<string, AnswerValue> | undefined {
  const problems: FieldProblem[] = [];
  if (input.sector !== undefined && !choices.sectors.some((s) => s.key === input.sector)) {
    problems.push({ field: 'sector', key: 'field.sector_unknown' });
  }
  input.topics?.forEach((topic, index) => {
    if (!choices.topics.includes(topic)) {
      problems.push({ field: `topics.${index}`, key: 'field.topic_unknown' });
    }
  });
  let answers: Record<string, AnswerValue> | undefined;
  if (input.answers !== undefined || !partial) {
    const given = input.answers ?? {};
    answers = {};
    for (const id of Object.keys(given)) {
      if (!choices.questions.some((q) => q.id === id)) {
        problems.push({ field: `answers.${id}`, key: 'field.question_unknown' });
      }
    }
    for (const question of choices.questions) {
      const value = given[question.id];
      const problem = checkAnswer(question, value, `answers.${question.id}`);
      if (problem) {
        problems.push(problem);
      } else if (value !== undefined) {
        answers[question.id] = value;
      }
    }
  }
  if (problems.length > 0) {
    throw new AppError('validation_failed', problems);
  }
  return answers;
}
