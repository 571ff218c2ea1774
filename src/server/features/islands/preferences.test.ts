import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { checkPreferences } from './preferences.js';

function problems(input: { ranking: string[]; excluded: string[] }, rounds = 2): string[] {
  try {
    checkPreferences(input, new Set(['a', 'b', 'c']), rounds);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).fields.map((f) => `${f.field}:${f.key}`);
  }
}

describe('checkPreferences', () => {
  it('accepts a ranking, exclusions and an empty answer', () => {
    expect(problems({ ranking: ['b', 'a'], excluded: ['c'] })).toEqual([]);
    expect(problems({ ranking: [], excluded: [] })).toEqual([]);
  });

  it('names each wrong entry by its place in the list', () => {
    expect(problems({ ranking: ['a', 'x', 'a'], excluded: ['a', 'b', 'b'] })).toEqual([
      'ranking.1:field.island_unknown',
      'ranking.2:field.island_listed_twice',
      'excluded.0:field.island_ranked_and_excluded',
      'excluded.2:field.island_listed_twice',
    ]);
  });

  it('keeps one open island per round', () => {
    expect(problems({ ranking: ['a'], excluded: ['b', 'c'] }, 2)).toEqual([
      'excluded:field.islands_too_many_excluded',
    ]);
    expect(problems({ ranking: ['a'], excluded: ['b', 'c'] }, 1)).toEqual([]);
  });
});
