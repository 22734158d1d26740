// countEventsUpTo: exact up to the cap, capped above it, never counting deleted events, on every path
// (rollups, one index with a limit, text beside other filters in windows, the text walk below a window).
import { beforeAll, describe, expect, it } from 'vitest';
import { softDeleteEvent } from '@/db/queries/event-edit';
import { countEvents, countEventsUpTo, listEvents } from '@/db/queries/timeline';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';

const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
const drills: number[] = [];

beforeAll(() => {
  seedReferenceData();
  // One event a month over three years, so that a small cap needs several windows.
  for (let i = 0; i < 36; i++) {
    const id = addEvent({
      date: `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      type: i % 3 === 0 ? 'agreement' : 'meeting',
      title: i % 4 === 3 ? 'Cable works' : i === 5 || i === 30 ? 'Harbour talks at Lyttelton' : 'Harbour talks',
      countries: [{ code: i % 2 ? 'NZL' : 'AUS', role: 'host' }, ...(i % 5 === 0 ? [{ code: 'JPN', role: 'participant' }] : [])],
      tags: i % 2 === 0 ? ['navy'] : [],
      sources: [{ url: `https://example.org/${i}`, publisher: 'P', title: 'Report', reliability: i % 6 === 0 ? 'A' : 'C', credibility: i % 6 === 0 ? 1 : 3 }],
    });
    if (i % 12 === 2) softDeleteEvent({ id, actorId: null });
  }
  for (let i = 0; i < 5; i++) {
    drills.push(addEvent({ date: `2024-0${i + 1}-01`, type: 'exercise', title: 'Wellington drill', countries: [{ code: 'NZL', role: 'host' }] }));
  }
});

describe('countEventsUpTo', () => {
  it('is exact up to the cap and capped above it, without counting deleted events', () => {
    expect(countEventsUpTo(f({ q: 'wellington' }), 3)).toEqual({ count: 3, capped: true });
    softDeleteEvent({ id: drills[0]!, actorId: null });
    softDeleteEvent({ id: drills[3]!, actorId: null });
    // Three left: exactly the cap is not capped, on the text, rollup, one-index and windowed paths.
    for (const filter of [
      f({ q: 'wellington' }),
      f({ types: ['exercise'] }),
      f({ countries: ['NZL'], types: ['exercise'] }),
      f({ countries: ['NZL', 'AUS'], types: ['exercise'] }),
      f({ q: 'wellington', types: ['exercise'] }),
      f({ q: 'wellington', countries: ['NZL'] }),
      f({ q: 'drill', countries: ['NZL', 'JPN'], from: '2024-01-01' }),
    ]) {
      expect(countEventsUpTo(filter, 3), JSON.stringify(filter)).toEqual({ count: 3, capped: false });
      expect(countEventsUpTo(filter, 2), JSON.stringify(filter)).toEqual({ count: 2, capped: true });
    }
    expect(countEventsUpTo(f({ q: 'lyttelton', types: ['meeting'] }), 3)).toEqual({ count: 1, capped: false });
    expect(countEventsUpTo(f({ q: 'harbour', countries: ['NZL'] }), 3)).toEqual({ count: 3, capped: true });
    expect(countEventsUpTo(f({ q: 'nothing like this' }), 3)).toEqual({ count: 0, capped: false });
    expect(countEventsUpTo(f({ initiatives: ['no-such-initiative'] }), 3)).toEqual({ count: 0, capped: false });
  });

  it('agrees with countEvents for every cap and filter shape', () => {
    const filters = [
      EMPTY_FILTER,
      f({ types: ['meeting'] }),
      f({ countries: ['NZL'] }),
      f({ countries: ['NZL', 'AUS'] }),
      f({ countries: ['NZL'], tags: ['navy'] }),
      f({ countries: ['JPN'], from: '2022-01-01', to: '2022-12-31' }),
      f({ minGrade: { reliability: 'A', credibility: 1 } }),
      f({ q: 'harbour' }),
      f({ q: 'harbour', from: '2022-03-01', to: '2023-06-30' }),
      f({ q: 'harbour', types: ['meeting'] }),
      f({ q: 'harbour', countries: ['NZL'] }),
      f({ q: 'harbour', countries: ['NZL', 'JPN'] }),
      f({ q: 'harbour', countries: ['AUS'], types: ['agreement'], from: '2021-06-01', to: '2023-06-30' }),
      f({ q: 'harbour', tags: ['navy'], minGrade: { reliability: 'A', credibility: 1 } }),
      f({ q: 'lyttelton', types: ['meeting'] }),
      f({ q: 'lyttelton', countries: ['AUS', 'NZL'] }),
      f({ q: 'cable', countries: ['JPN'] }),
      f({ q: 'talks', types: ['exercise'] }),
    ];
    for (const filter of filters) {
      const n = countEvents(filter);
      expect(n, JSON.stringify(filter)).toBe(listEvents(filter, { limit: 500, cursor: null }).items.length);
      for (let cap = 0; cap <= n + 1; cap++) {
        expect(countEventsUpTo(filter, cap), `${JSON.stringify(filter)} cap ${cap}`).toEqual(
          n > cap ? { count: cap, capped: true } : { count: n, capped: false },
        );
      }
    }
  });

  it('refuses a cap that is not a whole number', () => {
    expect(() => countEventsUpTo(EMPTY_FILTER, -1)).toThrow(RangeError);
    expect(() => countEventsUpTo(EMPTY_FILTER, 1.5)).toThrow(RangeError);
  });
});
