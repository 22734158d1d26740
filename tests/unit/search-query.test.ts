import { describe, expect, it } from 'vitest';
import { searchCostProblem, toReaderSearchExpression, toSearchExpression } from '@/lib/timeline/search-query';

describe('toSearchExpression', () => {
  it('makes the last bare word a prefix and keeps phrases', () => {
    expect(toSearchExpression('honol')).toBe('"honol"*');
    expect(toSearchExpression('"white paper" defence ')).toBe('"white paper" "defence"');
    expect(toSearchExpression('nav* policy')).toBe('"nav"* "policy"*');
  });

  it('turns operators and punctuation into plain words', () => {
    expect(toSearchExpression('a AND (b OR c) NEAR/3 -d title:e')).toBe('"a" "AND" "b" "OR" "c" "NEAR 3" "d" "title e"');
    expect(toSearchExpression('F-35')).toBe('"F 35"*');
  });

  it('returns null when nothing is searchable', () => {
    for (const s of ['', '   ', '"', '()', '***', '-', ':']) expect(toSearchExpression(s)).toBeNull();
  });

  it('keeps letters of any script', () => {
    expect(toSearchExpression('Māori 日本')).toBe('"Māori" "日本"*');
  });
});

describe('toReaderSearchExpression', () => {
  const shared = '{title summary location people sources notes}';

  it("holds every term to the shared columns or the reader's own private tokens", () => {
    expect(toReaderSearchExpression('nav', null)).toBe(`${shared} : ("nav"*)`);
    expect(toReaderSearchExpression('"basing deal" nav', 7)).toBe(
      `(${shared} : "basing deal" OR private : "u7xbasing u7xdeal") AND (${shared} : "nav"* OR private : "u7xnav"*)`,
    );
  });

  it('drops every prefix for whole words, so its matches are a subset of the search', () => {
    expect(toReaderSearchExpression('subm* nav', 7, { whole: true })).toBe(
      `(${shared} : "subm" OR private : "u7xsubm") AND (${shared} : "nav" OR private : "u7xnav")`,
    );
    expect(toReaderSearchExpression('***', 7, { whole: true })).toBeNull();
  });
});

describe('searchCostProblem', () => {
  it('refuses what stalled the server, naming the limit, and lets ordinary searches through', () => {
    expect(searchCostProblem('de* co* pr* st*')).toBe('A prefix with * needs at least 3 letters: de* matches too many words');
    expect(searchCostProblem('def* coa* pro* sta*')).toBe('At most 3 prefixes (words ending in *, and the last word) in one search; this has 4');
    expect(searchCostProblem(`"${'defence '.repeat(60)}"`)).toBe('A phrase has at most 8 words; this one has 60');
    expect(searchCostProblem(Array.from({ length: 17 }, (_, i) => `"w${i}"`).join(' '))).toBe('At most 16 words and phrases in one search; this has 17');
    for (const fine of ['defence', '"honolulu summit" nav* defence', 'def* coa* pro', 'nz', 'F-35', `"${'a '.repeat(8)}"`])
      expect(searchCostProblem(fine), fine).toBeNull();
  });
});
