// The JSON API through its real route handlers: parameters, shapes, 400s and cursor stability.
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { addEvent } from '../support/event-fixtures';
import { insertUser } from '@/db/queries/users';
import { seedDemoEvents, seedDemoStances, seedReferenceData } from '@/db/seed';
import { GET as getEvents } from '@/app/api/events/route';
import { GET as getStances } from '@/app/api/stances/route';
import { unwrap } from '@/lib/write-result';

type Handler = (request: Request, context: unknown) => Promise<Response>;
const call = async (handler: Handler, query: string) => {
  const response = await handler(new Request(`http://localhost/api/x?${query}`), {});
  return { status: response.status, body: await response.json() };
};

beforeAll(() => {
  seedReferenceData();
  seedDemoEvents();
  seedDemoStances();
  const id = unwrap(insertUser({ email: 'reader@example.org', name: 'Reader', role: 'viewer', passwordHash: 'x', actorId: null }));
  session.current = sessionFor(id);
});

describe('GET /api/events', () => {
  it('returns every documented key, null or [] when empty', async () => {
    const { status, body } = await call(getEvents as Handler, 'q=honolulu&type=meeting');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.totalIsLowerBound).toBe(false);
    expect(body.nextCursor).toBeNull();
    const incident = (await call(getEvents as Handler, 'type=incident')).body.items[0];
    expect(incident).toEqual({
      id: expect.any(Number),
      title: 'US spends about a year’s output of one missile interceptor in a single engagement',
      summary: expect.any(String),
      type: 'incident',
      date: '2024-10-01',
      datePrecision: 'day',
      endDate: null,
      location: null,
      countries: [
        { code: 'ISR', role: 'subject' },
        { code: 'USA', role: 'participant' },
      ],
      initiatives: [],
      tags: ['munitions', 'stockpiles'],
      sources: [{ url: 'https://www.scoop.co.nz/stories/PO2412/S00035.htm', publisher: expect.any(String), reliability: 'C', credibility: 3 }],
    });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['from=2024-02-30', 'from'],
    ['from=2025-01-01&to=2024-01-01', 'to'],
    ['type=parade', 'type'],
    ['country=ZZZ', 'country'],
    ['initiative=nope', 'initiative'],
    ['minGrade=G9', 'minGrade'],
    ['cursor=not-a-cursor', 'cursor'],
    ['sort=asc', 'sort'],
    ['from=0001-01-01', 'from'],
    // The searches that stalled the server at a million events (issue 12): refused before they run.
    [`q=${encodeURIComponent('de* co* pr* st* re* in* ma* pa* se* mi* ch* an* ar* ca* tr* po*')}`, 'q'],
    [`q=${encodeURIComponent(`"${'defence '.repeat(60).trim()}"`)}`, 'q'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await call(getEvents as Handler, query);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toEqual(expect.any(String));
  });

  it('keeps its pages stable while events are added', async () => {
    const first = await call(getEvents as Handler, 'limit=4');
    expect(first.body.items).toHaveLength(4);
    // A new event newer than everything, and one that falls inside the page still to come.
    const newer = addEvent({ date: '2026-01-01', title: 'Newer than every page' });
    // Same day as the last row shown, but a higher id: it sorts before the cursor, so later pages skip it.
    const sameDay = addEvent({ date: first.body.items[3].date, title: 'Same day as the last row shown' });
    const seen = new Set<number>(first.body.items.map((e: { id: number }) => e.id));
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const page = await call(getEvents as Handler, `limit=4&cursor=${cursor}`);
      for (const e of page.body.items as { id: number }[]) {
        expect(seen.has(e.id), `event ${e.id} shown twice`).toBe(false);
        seen.add(e.id);
      }
      cursor = page.body.nextCursor;
    }
    // Every event that existed at the first page was seen exactly once, and nothing added later.
    expect(seen.size).toBe(first.body.total);
    expect(seen.has(newer)).toBe(false);
    expect(seen.has(sameDay)).toBe(false);
  });
});

describe('GET /api/stances', () => {
  it('returns the ledger newest first with every key', async () => {
    const { status, body } = await call(getStances as Handler, 'country=NZL&initiative=pipir');
    expect(status).toBe(200);
    expect(body.items[0]).toEqual({
      id: expect.any(Number),
      country: 'NZL',
      initiative: 'pipir',
      position: 'committed',
      positionValue: 2,
      asOf: '2024-12-09',
      datePrecision: 'day',
      confidence: 'high',
      rationale: expect.any(String),
      evidence: [expect.any(Number), expect.any(Number)],
      current: true,
      recordedBy: null,
      recordedAt: expect.any(String),
    });
    expect(body.items[1]).toMatchObject({ position: 'supportive', current: false });
  });

  it.each([
    ['country=NZ', 'country'],
    ['country=ZZZ', 'country'],
    ['initiative=Not%20A%20Slug', 'initiative'],
    ['initiative=nope', 'initiative'],
    ['current=maybe', 'current'],
    ['colour=red', 'colour'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await call(getStances as Handler, query);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
  });
});
