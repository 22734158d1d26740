import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { checkFilterReferences } from '@/db/queries/reference';
import { forgetStatements } from '@/db/queries/statements';
import { countEvents, countEventsUpTo, eventBuckets, listEvents } from '@/db/queries/timeline';
import { seedReferenceData } from '@/db/seed';
import { decodeCursor } from '@/lib/timeline/cursor';
import { EMPTY_FILTER, parseFilter, type TimelineFilter } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';
import { softDeleteEvent } from '@/db/queries/event-edit';
import { insertEvent } from '@/db/queries/events';
import { eventInput } from '@/lib/events/schema';
import { unwrap } from '@/lib/write-result';

const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
const ids = (filter: TimelineFilter) =>
  listEvents(filter, { limit: 500, cursor: null })
    .items.map((e) => e.id)
    .sort((a, b) => a - b);
const ev: Record<string, number> = {};

beforeAll(() => {
  seedReferenceData();
  ev.nzMeeting = addEvent({
    date: '2024-03-10',
    countries: [
      { code: 'NZL', role: 'host' },
      { code: 'NZL', role: 'participant' },
    ],
    tags: ['navy'],
  });
  ev.auBudget = addEvent({
    date: '2024-05-01',
    type: 'budget',
    countries: [{ code: 'AUS', role: 'author' }],
    tags: ['navy', 'budget'],
    initiatives: ['aukus'],
  });
  ev.nzAuAgreement = addEvent({
    date: '2023-12-31',
    endDate: '2024-01-02',
    type: 'agreement',
    countries: [
      { code: 'NZL', role: 'party' },
      { code: 'AUS', role: 'party' },
    ],
    initiatives: ['pipir'],
    sources: [{ url: 'https://example.org/a', publisher: 'P', title: 'Honolulu communiqué', reliability: 'B', credibility: 2 }],
  });
  ev.monthEvent = addEvent({ date: '2024-02-01', datePrecision: 'month', countries: [{ code: 'JPN', role: 'host' }], summary: 'Quiet talks' });
  ev.yearEvent = addEvent({ date: '2022-01-01', datePrecision: 'year', type: 'policy-document', countries: [{ code: 'JPN', role: 'author' }] });
  ev.graded = addEvent({
    date: '2021-06-01',
    location: 'Honolulu',
    people: [{ name: 'Ada Lovelace', capacity: 'Adviser' }],
    sources: [
      { url: 'https://example.org/b', publisher: 'P', title: 'Report', reliability: 'C', credibility: 1 },
      { url: 'https://example.org/c', publisher: 'P', title: 'Other', reliability: 'A', credibility: 3, quote: 'the "white paper" text' },
    ],
  });
});

describe('filter semantics', () => {
  it('ORs values within a filter and ANDs filters', () => {
    expect(ids(f({ countries: ['NZL', 'JPN'] }))).toEqual([ev.nzMeeting, ev.nzAuAgreement, ev.monthEvent, ev.yearEvent].sort((a, b) => a! - b!));
    expect(ids(f({ countries: ['NZL'], tags: ['navy'] }))).toEqual([ev.nzMeeting]);
    expect(ids(f({ types: ['budget', 'agreement'] }))).toEqual([ev.auBudget, ev.nzAuAgreement]);
    expect(ids(f({ initiatives: ['aukus', 'pipir'], countries: ['AUS'] }))).toEqual([ev.auBudget, ev.nzAuAgreement]);
  });

  it('lists an event with two roles for one country once', () => {
    expect(ids(f({ countries: ['NZL'] })).filter((id) => id === ev.nzMeeting)).toHaveLength(1);
    expect(countEvents(f({ countries: ['NZL'] }))).toBe(2);
    expect(countEvents(f({ countries: ['NZL', 'AUS'] }))).toBe(3);
  });

  it('matches date spans that overlap an inclusive range, at any precision', () => {
    expect(ids(f({ from: '2024-01-02', to: '2024-01-02' }))).toEqual([ev.nzAuAgreement]);
    expect(ids(f({ from: '2024-02-29', to: '2024-02-29' }))).toEqual([ev.monthEvent]);
    expect(ids(f({ from: '2022-07-01', to: '2022-07-31' }))).toEqual([ev.yearEvent]);
    expect(ids(f({ from: '2024-05-01' }))).toEqual([ev.auBudget]);
    expect(ids(f({ to: '2021-06-01' }))).toEqual([ev.graded]);
    expect(ids(f({ from: '2024-05-02' }))).toEqual([]);
  });

  it('applies a minimum grade on both axes of one source', () => {
    expect(ids(f({ minGrade: { reliability: 'B', credibility: 2 } }))).toEqual([ev.nzAuAgreement]);
    expect(ids(f({ minGrade: { reliability: 'C', credibility: 3 } }))).toEqual([ev.nzAuAgreement, ev.graded]);
  });

  it('returns the list shape with sources and best grade', () => {
    const [item] = listEvents(f({ q: 'Honolulu', countries: ['NZL'] }), { limit: 5, cursor: null }).items;
    expect(item).toMatchObject({ id: ev.nzAuAgreement, sourceCount: 1, bestGrade: 'B2', annotationCount: 0, initiatives: [{ slug: 'pipir' }] });
    expect(item!.countries.map((c) => c.code)).toEqual(['AUS', 'NZL']);
  });

  it('reports unknown country codes and keeps the rest of the filter', () => {
    const parsed = checkFilterReferences(parseFilter(new URLSearchParams('country=NZL&country=XYZ&initiative=nope')));
    expect(parsed.filter.countries).toEqual(['NZL']);
    expect(parsed.errors).toEqual({ country: ['Unknown country code XYZ'], initiative: ['Unknown initiative nope'] });
  });
});

describe('full-text search', () => {
  it('finds prefixes, phrases, people and source quotes', () => {
    expect(ids(f({ q: 'honol' }))).toEqual([ev.nzAuAgreement, ev.graded]);
    expect(ids(f({ q: '"white paper"' }))).toEqual([ev.graded]);
    expect(ids(f({ q: '"paper white"' }))).toEqual([]);
    expect(ids(f({ q: 'lovelace' }))).toEqual([ev.graded]);
    expect(ids(f({ q: 'quiet', from: '2024-01-01' }))).toEqual([ev.monthEvent]);
  });

  it('never raises on hostile input', () => {
    const hostile = [
      '"',
      '(',
      ')',
      'AND',
      'OR NOT',
      '*',
      '-x',
      'a:b',
      'NEAR(a b)',
      "'; DROP TABLE events; --",
      '^x',
      'ünïcødé 🚀',
      '"unclosed',
      'x AND',
      '{a b}:c',
    ];
    for (const q of hostile) {
      const parsed = parseFilter(new URLSearchParams({ q }));
      expect(() => listEvents(parsed.filter, parsed.page), q).not.toThrow();
      expect(() => countEvents(parsed.filter), q).not.toThrow();
    }
  });
});

describe('keyset pagination', () => {
  it('walks every event once, newest first, and stays stable when rows are added', () => {
    const all = listEvents(EMPTY_FILTER, { limit: 500, cursor: null }).items.map((e) => e.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = listEvents(EMPTY_FILTER, { limit: 2, cursor: cursor ? decodeCursor(cursor) : null });
      seen.push(...page.items.map((e) => e.id));
      if (pages === 0) addEvent({ date: '2030-01-01', title: 'Added while paging' });
      if (pages === 1) addEvent({ date: '2000-01-01', title: 'Added far back while paging' });
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, all.length)).toEqual(all);
    expect(seen).toHaveLength(all.length + 1); // the older one shows up at the end, the newer one not at all
  });
});

describe('counts and buckets', () => {
  it('counts what the list shows', () => {
    for (const filter of [EMPTY_FILTER, f({ types: ['meeting'] }), f({ countries: ['JPN'] }), f({ from: '2024-01-01', q: 'talks' })]) {
      expect(countEvents(filter)).toBe(listEvents(filter, { limit: 500, cursor: null }).items.length);
    }
  });

  it('aggregates by start period and type', () => {
    const year = eventBuckets(f({ countries: ['NZL', 'JPN'] }), 'year');
    expect(year).toEqual([
      { bucket: '2022', type: 'policy-document', count: 1 },
      { bucket: '2023', type: 'agreement', count: 1 },
      { bucket: '2024', type: 'meeting', count: 2 },
    ]);
    expect(eventBuckets(f({ types: ['budget'] }), 'quarter')).toEqual([{ bucket: '2024-Q2', type: 'budget', count: 1 }]);
    expect(eventBuckets(f({ types: ['budget'] }), 'month')).toEqual([{ bucket: '2024-05', type: 'budget', count: 1 }]);
    const total = eventBuckets(EMPTY_FILTER, 'month').reduce((n, b) => n + b.count, 0);
    expect(total).toBe(countEvents(EMPTY_FILTER));
  });
});

describe('query plans', () => {
  const plans = (filter: TimelineFilter, listOnly = false) => {
    const client = getDb().$client;
    const details: string[] = [];
    const original = client.prepare;
    client.prepare = ((source: string) => {
      // listOnly: just the statement that walks the full-text index (the detail queries sort their few rows).
      if (/^\s*SELECT/i.test(source) && !/sqlite_master/.test(source) && (!listOnly || /events_fts m/.test(source))) {
        const rows = original.call(client, `EXPLAIN QUERY PLAN ${source}`).all(pendingParams(source)) as { detail: string }[];
        details.push(...rows.map((r) => r.detail));
      }
      return original.call(client, source);
    }) as typeof client.prepare;
    forgetStatements(getDb());
    try {
      listEvents(filter, { limit: 50, cursor: null });
      if (!listOnly) {
        countEvents(filter);
        countEventsUpTo(filter, 1);
        eventBuckets(filter, 'year');
      }
    } finally {
      client.prepare = original;
    }
    return details;
  };
  // EXPLAIN QUERY PLAN needs a value for every parameter; the plan does not depend on them here.
  // Only the plan is read, so every parameter is null: named ones (@ids) by name, the others by position.
  const pendingParams = (source: string) => {
    const named = Array.from(source.matchAll(/@(\w+)/g), (m) => m[1]!);
    return named.length ? Object.fromEntries(named.map((n) => [n, null])) : Array.from(source.matchAll(/\?/g), () => null);
  };

  it('drives every filter from an index, never a full scan of events', () => {
    const filters = [
      f({ countries: ['NZL'] }),
      f({ countries: ['NZL'], types: ['meeting'], from: '2020-01-01', to: '2024-12-31' }),
      f({ initiatives: ['pipir'] }),
      f({ tags: ['navy'] }),
      f({ types: ['meeting'] }),
      f({ from: '2020-01-01' }),
      f({ q: 'honolulu', from: '2020-01-01' }),
      f({ q: 'honolulu' }),
      f({ q: 'honolulu', countries: ['NZL'], types: ['agreement'] }),
      f({ countries: ['NZL', 'AUS'], tags: ['navy'] }),
      EMPTY_FILTER,
    ];
    for (const filter of filters) {
      const details = plans(filter);
      expect(details.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(
        details.filter((d) => /^SCAN (events|e|f)\b(?! USING)/.test(d)),
        JSON.stringify(filter),
      ).toEqual([]);
    }
  });

  it('reads full-text matches newest first from the date-keyed index, without sorting them', () => {
    for (const filter of [f({ q: 'honolulu' }), f({ q: 'honolulu', from: '2020-01-01', to: '2024-12-31' }), f({ q: 'honolulu', types: ['agreement'] })]) {
      const details = plans(filter, true);
      expect(
        details.some((d) => /^SCAN m VIRTUAL TABLE INDEX 192:/.test(d)),
        JSON.stringify(details),
      ).toBe(true);
      expect(
        details.filter((d) => /TEMP B-TREE/.test(d)),
        JSON.stringify(filter),
      ).toEqual([]);
    }
  });

  it('answers a single country, initiative or tag chart from its rollup', () => {
    for (const filter of [f({ countries: ['NZL'] }), f({ initiatives: ['pipir'], types: ['agreement'] }), f({ tags: ['navy'] })]) {
      const details: string[] = [];
      const client = getDb().$client;
      const original = client.prepare;
      forgetStatements(getDb());
      client.prepare = ((source: string) => {
        if (/^\s*SELECT/i.test(source)) details.push(source);
        return original.call(client, source);
      }) as typeof client.prepare;
      try {
        eventBuckets(filter, 'month');
        countEvents(filter);
      } finally {
        client.prepare = original;
      }
      expect(details.length).toBeGreaterThan(0);
      expect(
        details.every((d) => /_month_counts/.test(d) || /FROM initiatives/.test(d)),
        details.join('\n'),
      ).toBe(true);
    }
  });
});

describe('an event with an absurd span, entered before dates were bounded', () => {
  it('neither empties a dated search while it is live nor widens it once deleted', () => {
    const honolulu = f({ q: 'honolulu', from: '2021-01-01' });
    const before = ids(honolulu);
    expect(before).toEqual([ev.nzAuAgreement!, ev.graded!].sort((a, b) => a - b));
    // Straight to the write path, as an older version's form let it through (the schema now refuses it).
    const valid = eventInput.parse({ title: 'Typo in the year', type: 'meeting', datePrecision: 'day', date: '2020-01-01' });
    const absurd = unwrap(insertEvent({ input: { ...valid, date: '0001-01-01', endDate: '9999-12-31' }, actorId: null }));
    expect(ids(honolulu)).toEqual(before);
    expect(softDeleteEvent({ id: absurd, actorId: null })).toMatchObject({ ok: true });
    expect(ids(honolulu)).toEqual(before);
    expect(ids(f({ from: '2024-05-01' }))).not.toContain(absurd);
  });
});
