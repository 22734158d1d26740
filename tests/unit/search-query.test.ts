import { describe, expect, it } from 'vitest';
import { toSearchExpression } from '@/lib/timeline/search-query';

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
