import { describe, expect, it } from 'vitest';
import type { RegistrationQuestion } from '../../../contract/registration.js';
import { toCounters } from './admin-mapping.js';
import { checkAnswers, checkQuestions } from './admin-validation.js';

const label = { de: 'Frage', en: 'Question' };
const choice: RegistrationQuestion = {
  id: 'q1',
  kind: 'multiple',
  label,
  options: [
    { key: 'a', label },
    { key: 'b', label },
  ],
  required: false,
};

describe('organizer checks', () => {
  it('accepts answers that fit and names those that do not', () => {
    expect(checkAnswers([choice], { q1: ['a', 'b'] })).toEqual([]);
    expect(checkAnswers([choice], { q1: ['a', 'a'], q9: 'x' })).toEqual([
      { field: 'answers.q1', key: 'field.invalid_value' },
      { field: 'answers.q9', key: 'field.question_unknown' },
    ]);
  });

  it('asks for two options on choice questions but none on text questions', () => {
    const { id: _id, ...fresh } = choice;
    expect(checkQuestions([{ ...fresh, options: [] }], new Set())).toEqual([
      { field: 'questions.0.options', key: 'field.options_required' },
    ]);
    expect(checkQuestions([{ ...fresh, kind: 'text', options: [] }], new Set())).toEqual([]);
    expect(checkQuestions([{ ...choice }, { ...choice }], new Set(['q1']))).toEqual([
      { field: 'questions.1.id', key: 'field.duplicate_key' },
    ]);
  });

  it('counts seats of the public capacity apart from guests', () => {
    const counters = toCounters(250, [
      { status: 'confirmed', isGuest: 0, n: 200, checkedIn: 150 },
      { status: 'pending', isGuest: 0, n: 30, checkedIn: 0 },
      { status: 'confirmed', isGuest: 1, n: 5, checkedIn: 4 },
      { status: 'waitlisted', isGuest: 0, n: 12, checkedIn: 0 },
      { status: 'expired', isGuest: 0, n: 3, checkedIn: 0 },
    ]);
    expect(counters).toEqual({
      capacity: 250,
      held: 230,
      confirmed: 200,
      pending: 30,
      offered: 0,
      waitlisted: 12,
      guests: 5,
      checkedIn: 154,
      cancelled: 0,
    });
  });
});
