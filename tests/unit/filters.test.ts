import { describe, expect, it } from 'vitest';
import { chooseGranularity, bucketOf } from '@/lib/timeline/buckets';
import { decodeCursor, encodeCursor } from '@/lib/timeline/cursor';
import { EMPTY_FILTER, filterToSearchParams, parseFilter, parseFilterStrict, rejectUnknown, withoutFilter } from '@/lib/timeline/filters';

const params = (s: string) => new URLSearchParams(s);

describe('parseFilter', () => {
  it('reads repeated keys, normalises and removes duplicates', () => {
    const { filter, page, errors } = parseFilter(params('country=nzl&country=AUS&country=NZL&type=meeting&type=budget&tag=cyber&initiative=pipir'));
    expect(errors).toEqual({});
    expect(filter.countries).toEqual(['NZL', 'AUS']);
    expect(filter.types).toEqual(['meeting', 'budget']);
    expect(filter.tags).toEqual(['cyber']);
    expect(filter.initiatives).toEqual(['pipir']);
    expect(page).toEqual({ limit: 50, cursor: null });
  });

  it('accepts the record Next hands to a page', () => {
    const { filter } = parseFilter({ country: ['NZL', 'AUS'], from: '2020-01-01', q: undefined });
    expect(filter.countries).toEqual(['NZL', 'AUS']);
    expect(filter.from).toBe('2020-01-01');
  });

  it('keeps the valid values and reports each bad one beside its parameter', () => {
    const { filter, errors } = parseFilter(params('country=NZL&country=XY&type=party&from=2024-02-30&minGrade=G9&limit=9999'));
    expect(filter.countries).toEqual(['NZL']);
    expect(filter.types).toEqual([]);
    expect(filter.from).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['country', 'from', 'limit', 'minGrade', 'type']);
    expect(errors.country![0]).toMatch(/^Country XY/);
  });

  it('treats blank values as absent', () => {
    expect(parseFilter(params('country=&q=&from=')).errors).toEqual({});
  });

  it('reports an inverted range on `to` and keeps `from`', () => {
    const { filter, errors } = parseFilter(params('from=2024-05-01&to=2024-04-01'));
    expect(filter.from).toBe('2024-05-01');
    expect(filter.to).toBeNull();
    expect(errors.to?.[0]).toMatch(/before its start/);
  });

  it('parses a minimum grade and refuses text with nothing to search', () => {
    const { filter, errors } = parseFilter(params('minGrade=b2&q=%22()*'));
    expect(filter.minGrade).toEqual({ reliability: 'B', credibility: 2 });
    expect(filter.q).toBeNull();
    expect(errors.q).toBeDefined();
  });

  it('limits the page size and rejects a forged cursor', () => {
    expect(parseFilter(params('limit=500')).page.limit).toBe(500);
    expect(parseFilter(params('limit=0')).errors.limit).toBeDefined();
    expect(parseFilter(params('cursor=bm9wZQ')).errors.cursor).toBeDefined();
  });

  it('drops values a query found unknown and says so', () => {
    const parsed = rejectUnknown(parseFilter(params('country=NZL&country=XYZ')), { countries: ['XYZ'] });
    expect(parsed.filter.countries).toEqual(['NZL']);
    expect(parsed.errors.country).toEqual(['Unknown country code XYZ']);
  });
});

describe('parseFilterStrict', () => {
  it('passes a clean query', () => {
    const result = parseFilterStrict(params('country=NZL&limit=10'));
    expect(result.ok && result.page.limit).toBe(10);
  });

  it('is a 400 naming the first bad parameter', () => {
    const result = parseFilterStrict(params('country=NZL&to=nope'));
    expect(result).toMatchObject({ ok: false, status: 400, param: 'to' });
  });

  it('is a 400 for an unknown parameter', () => {
    expect(parseFilterStrict(params('contry=NZL'))).toMatchObject({ ok: false, param: 'contry', message: 'Unknown parameter contry' });
  });
});

describe('filterToSearchParams', () => {
  it('round-trips every filter', () => {
    const text = 'country=NZL&country=AUS&type=meeting&initiative=pipir&tag=cyber&from=2020-01-01&to=2024-12-31&q=%22white+paper%22&minGrade=B2';
    const { filter } = parseFilter(params(text));
    expect(filterToSearchParams(filter).toString()).toBe(text);
    expect(parseFilter(filterToSearchParams(filter)).filter).toEqual(filter);
  });

  it('removes one value or a whole parameter for chips and writes nothing for an empty filter', () => {
    const { filter } = parseFilter(params('country=NZL&country=AUS&q=navy'));
    expect(filterToSearchParams(withoutFilter(filter, 'country', 'NZL')).toString()).toBe('country=AUS&q=navy');
    expect(filterToSearchParams(withoutFilter(filter, 'q')).toString()).toBe('country=NZL&country=AUS');
    expect(filterToSearchParams(EMPTY_FILTER).toString()).toBe('');
  });
});

describe('cursor and buckets', () => {
  it('round-trips a cursor', () => {
    const c = { date: '2024-10-07', id: 42 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('')).toBeNull();
  });

  it('chooses the granularity from the range', () => {
    expect(chooseGranularity('2024-01-01', '2024-12-31')).toBe('month');
    expect(chooseGranularity('2015-01-01', '2024-12-31')).toBe('quarter');
    expect(chooseGranularity('1995-01-01', '2024-12-31')).toBe('year');
    expect(chooseGranularity(null, '2024-12-31')).toBe('year');
    expect(bucketOf('2024-11-05', 'quarter')).toBe('2024-Q4');
  });
});
