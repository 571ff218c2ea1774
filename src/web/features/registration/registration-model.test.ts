import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api.js';
import { emptyRegistration, groupLabelsOf, toCreateBody, withGroupLabels } from './registration-model.js';

const entry = (label: string, message: string) => `${label}: ${message}`;

describe('registration form model', () => {
  it('sends consents off by default and leaves unanswered questions out', () => {
    const body = toCreateBody(
      { ...emptyRegistration(), firstName: 'Anna', answers: { diet: '', bus: false, slots: [], shirt: 'm' } },
      'en',
    );
    expect(body.consents).toEqual({ privacy: false, directory: false, photos: false });
    expect(body.answers).toEqual({ shirt: 'm' });
    expect(body.locale).toBe('en');
    expect(body).not.toHaveProperty('privacy');
  });

  it('writes the legend into summary entries of groups only', () => {
    const error = new ApiError(422, 'validation_failed', 'x', [
      { field: 'topics.1', code: 'field.topic_unknown', message: 'Unknown topic.' },
      { field: 'answers.q1', code: 'field.required', message: 'Required.' },
      { field: 'lastName', code: 'field.required', message: 'Required.' },
    ]);
    const labels = groupLabelsOf(
      'Topics',
      [{ id: 'q1', kind: 'single', label: { de: 'Anreise', en: 'Travel' }, options: [], required: true }],
      'en',
    );
    const result = withGroupLabels(error, labels, entry) as ApiError;
    expect(result.fields.map((f) => f.message)).toEqual([
      'Topics: Unknown topic.',
      'Travel: Required.',
      'Required.',
    ]);
    expect(withGroupLabels(null, labels, entry)).toBeNull();
  });
});
