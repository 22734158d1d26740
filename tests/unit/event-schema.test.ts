import { describe, expect, it } from 'vitest';
import { eventInput } from '@/lib/events/schema';
import { describeGrade } from '@/lib/vocabulary';
import { DEMO_EVENTS } from '@/db/seed/demo-events';

const valid = { title: 'A meeting', type: 'meeting', date: '2024-10-07', datePrecision: 'day' };

describe('event input', () => {
  it('accepts every demo event', () => {
    for (const e of DEMO_EVENTS) expect(eventInput.safeParse(e).success, e.title).toBe(true);
  });

  it('reports every bad field, not just the first', () => {
    const result = eventInput.safeParse({ title: '', type: 'party', date: '2024-02-30', datePrecision: 'week' });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(['title', 'type', 'date', 'datePrecision']));
  });

  it('refuses an end before the start', () => {
    const result = eventInput.safeParse({ ...valid, endDate: '2024-10-06' });
    expect(result.error?.issues[0]?.path).toEqual(['endDate']);
  });

  it('normalises country codes and refuses malformed ones and bad grades', () => {
    expect(eventInput.parse({ ...valid, countries: [{ code: 'nzl', role: 'host' }] }).countries[0]!.code).toBe('NZL');
    expect(eventInput.safeParse({ ...valid, countries: [{ code: 'NZ', role: 'host' }] }).success).toBe(false);
    const source = { url: 'https://example.org/a', publisher: 'P', title: 'T', reliability: 'G', credibility: 7 };
    const bad = eventInput.safeParse({ ...valid, sources: [source] });
    expect(bad.error?.issues.map((i) => i.path.slice(2)[0])).toEqual(['reliability', 'credibility']);
  });
});

describe('grades', () => {
  it('spells out a grade', () => {
    expect(describeGrade('B', 2)).toBe('B2: usually reliable, probably true');
  });
});
