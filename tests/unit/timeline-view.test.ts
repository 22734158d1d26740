import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { chartPeriod, EVENTS_LINKS, timelineLinks } from '@/lib/timeline/view';

describe('timeline links', () => {
  it('put the filter, then the page parameters, on the base path', () => {
    expect(EVENTS_LINKS.timeline(EMPTY_FILTER)).toBe('/events');
    expect(EVENTS_LINKS.timeline({ ...EMPTY_FILTER, countries: ['NZL'], from: '2024-01-01' }, { bucket: 'month', cursor: undefined })).toBe(
      '/events?country=NZL&from=2024-01-01&bucket=month',
    );
    expect(EVENTS_LINKS.event(7)).toBe('/events/7');
  });

  it('lead elsewhere for another base, such as a share link', () => {
    const links = timelineLinks('/shared/abc', (id) => `/shared/abc/events/${id}`);
    expect(links.base).toBe('/shared/abc');
    expect(links.timeline({ ...EMPTY_FILTER, tags: ['cyber'] })).toBe('/shared/abc?tag=cyber');
    expect(links.event(3)).toBe('/shared/abc/events/3');
  });
});

describe('chartPeriod', () => {
  it('keeps a bucket the URL names', () => {
    expect(chartPeriod({ bucket: 'quarter' }, EMPTY_FILTER)).toEqual({ granularity: 'quarter', keep: { bucket: 'quarter' } });
    expect(chartPeriod(new URLSearchParams('bucket=month'), EMPTY_FILTER)).toEqual({ granularity: 'month', keep: { bucket: 'month' } });
  });

  it('otherwise picks one for the range and keeps nothing', () => {
    expect(chartPeriod({ bucket: 'week' }, EMPTY_FILTER)).toEqual({ granularity: 'year', keep: {} });
    expect(chartPeriod({ bucket: ['month', 'year'] }, { from: '2024-01-01', to: '2024-12-31' })).toEqual({ granularity: 'month', keep: {} });
  });
});
