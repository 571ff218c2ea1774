import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkVote, isFieldProblem, tallyVotes, topWords, type CheckedVote } from './tally.js';
import { normalizeWord, normalizeWords } from './words.js';

const OPTIONS = ['o1', 'o2', 'o3'];

describe('checkVote', () => {
  it('single choice and rating take exactly one known option', () => {
    for (const kind of ['single', 'rating'] as const) {
      const poll = { kind, optionIds: OPTIONS, maxChoices: null };
      expect(checkVote(poll, { optionIds: ['o2'], words: [] })).toEqual({ optionIds: ['o2'], words: [] });
      expect(checkVote(poll, { optionIds: ['o1', 'o2'], words: [] })).toMatchObject({
        field: 'optionIds',
        key: 'field.poll_choices_count',
      });
      expect(checkVote(poll, { optionIds: [], words: [] })).toMatchObject({ field: 'optionIds' });
      expect(checkVote(poll, { optionIds: ['nope'], words: [] })).toMatchObject({
        key: 'field.poll_option_unknown',
      });
    }
  });

  it('multiple choice takes up to maxChoices distinct options', () => {
    const poll = { kind: 'multiple' as const, optionIds: OPTIONS, maxChoices: 2 };
    expect(checkVote(poll, { optionIds: ['o1', 'o3'], words: [] })).toEqual({
      optionIds: ['o1', 'o3'],
      words: [],
    });
    expect(isFieldProblem(checkVote(poll, { optionIds: ['o1', 'o2', 'o3'], words: [] }))).toBe(true);
    expect(isFieldProblem(checkVote(poll, { optionIds: ['o1', 'o1'], words: [] }))).toBe(true);
    const all = { ...poll, maxChoices: null };
    expect(isFieldProblem(checkVote(all, { optionIds: OPTIONS, words: [] }))).toBe(false);
  });

  it('a word cloud takes one to three usable words and no options', () => {
    const poll = { kind: 'words' as const, optionIds: [], maxChoices: null };
    expect(checkVote(poll, { optionIds: [], words: ['Wasserstoff', ' wasserstoff!'] })).toEqual({
      optionIds: [],
      words: [{ key: 'wasserstoff', display: 'Wasserstoff' }],
    });
    expect(checkVote(poll, { optionIds: [], words: [] })).toMatchObject({ key: 'field.poll_words' });
    expect(checkVote(poll, { optionIds: [], words: ['!!!'] })).toMatchObject({ key: 'field.poll_words' });
    expect(checkVote(poll, { optionIds: ['o1'], words: ['Netz'] })).toMatchObject({ field: 'words' });
  });
});

describe('word normalization', () => {
  it('counts spelling variants as one word and keeps the first spelling', () => {
    expect(normalizeWord('  Ladeinfrastruktur  ')).toEqual({
      key: 'ladeinfrastruktur',
      display: 'Ladeinfrastruktur',
    });
    expect(normalizeWord('„Grüner   Wasserstoff“!')).toEqual({
      key: 'grüner wasserstoff',
      display: 'Grüner Wasserstoff',
    });
    expect(normalizeWord('ＣＯ２')?.key).toBe('co2');
    expect(normalizeWord('STRASSE')?.key).toBe('strasse');
    expect(normalizeWord('a\u0000b')?.display).toBe('ab');
    expect(normalizeWord('   ')).toBeNull();
    expect(normalizeWord('x'.repeat(31))).toBeNull();
  });

  it('deduplicates the words of one answer', () => {
    expect(normalizeWords(['Netz', 'netz', 'Speicher'])?.map((w) => w.key)).toEqual(['netz', 'speicher']);
    expect(normalizeWords(['Netz', '...'])).toBeNull();
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizeWord(text);
        if (once) {
          expect(normalizeWord(once.display)).toEqual(once);
        }
      }),
    );
  });
});

describe('tallyVotes', () => {
  it('counts voters, options and words exactly', () => {
    const votes: CheckedVote[] = [
      { optionIds: ['o1', 'o2'], words: [] },
      { optionIds: ['o2'], words: [] },
      { optionIds: [], words: [{ key: 'netz', display: 'Netz' }] },
      { optionIds: [], words: [{ key: 'netz', display: 'netz' }] },
    ];
    expect(tallyVotes('p', OPTIONS, votes, 50)).toEqual({
      pollId: 'p',
      voters: 4,
      options: [
        { optionId: 'o1', count: 1 },
        { optionId: 'o2', count: 2 },
        { optionId: 'o3', count: 0 },
      ],
      words: [{ word: 'Netz', count: 2 }],
    });
  });

  it('option counts sum to the choices made (property)', () => {
    const vote = fc.subarray(OPTIONS, { minLength: 1 }).map((optionIds) => ({ optionIds, words: [] }));
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 50 }), (votes) => {
        const tally = tallyVotes('p', OPTIONS, votes, 50);
        const sum = tally.options.reduce((s, o) => s + o.count, 0);
        expect(sum).toBe(votes.reduce((s, v) => s + v.optionIds.length, 0));
        expect(tally.voters).toBe(votes.length);
      }),
    );
  });

  it('shows the most frequent words first, ties alphabetically, at most the limit', () => {
    const words = [
      { word: 'b', count: 2 },
      { word: 'a', count: 2 },
      { word: 'c', count: 5 },
      { word: 'd', count: 1 },
    ];
    expect(topWords(words, 3).map((w) => w.word)).toEqual(['c', 'a', 'b']);
  });
});
