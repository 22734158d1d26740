import { describe, expect, it } from 'vitest';
import { toReaderSearchExpression, toSearchExpression } from '@/lib/timeline/search-query';

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
