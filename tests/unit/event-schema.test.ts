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

  it('refuses a date outside 1800–2100, naming the range beside the field, and takes its edges', () => {
    const result = eventInput.safeParse({ ...valid, date: '0001-01-01', endDate: '9999-12-31' });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['date', 'Use a date between 1800-01-01 and 2100-12-31'],
      ['endDate', 'Use a date between 1800-01-01 and 2100-12-31'],
    ]);
    expect(eventInput.safeParse({ ...valid, date: '1800-01-01', endDate: '2100-12-31' }).success).toBe(true);
    const source = { url: 'https://example.org', publisher: 'P', title: 'T', reliability: 'B', credibility: 2, publishedDate: '1799-12-31' };
    expect(eventInput.safeParse({ ...valid, sources: [source] }).error!.issues[0]!.path).toEqual(['sources', 0, 'publishedDate']);
  });

  it('bounds tags and slugs at 64 characters', () => {
    const result = eventInput.safeParse({ ...valid, tags: ['a'.repeat(64), 'b'.repeat(100_000)], initiatives: ['c'.repeat(65)] });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['initiatives.0', 'At most 64 characters'],
      ['tags.1', 'At most 64 characters'],
    ]);
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
