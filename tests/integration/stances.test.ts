import { beforeAll, describe, expect, it } from 'vitest';
import { findEventIdsByTitle } from '@/db/queries/events';
import { listMemberships } from '@/db/queries/memberships';
import { correctStance, insertStance, listStanceCorrections, listStances, softDeleteStance } from '@/db/queries/stances';
import { seedDemoEvents, seedDemoStances, seedReferenceData } from '@/db/seed';
import { stanceInput } from '@/lib/stances/schema';
import { listAudit } from '../support/audit';

let evidenceId = 0;

beforeAll(() => {
  seedReferenceData();
  seedDemoEvents();
  expect(seedDemoStances()).toBe(20);
  expect(seedDemoStances()).toBe(0);
  evidenceId = findEventIdsByTitle(['PIPIR holds its inaugural plenary in Honolulu']).get('PIPIR holds its inaugural plenary in Honolulu')!;
});

const base = { asOfPrecision: 'day', confidence: 'moderate', rationale: 'Test rationale' } as const;

describe('the stance ledger', () => {
  it('shows New Zealand on PIPIR supportive, then committed since December 2024', () => {
    const entries = listStances({ country: 'NZL', initiative: 'pipir' });
    expect(entries.map((e) => [e.position, e.asOf, e.current])).toEqual([
      ['committed', '2024-12-09', true],
      ['supportive', '2024-06-01', false],
    ]);
    expect(entries[0]!.positionValue).toBe(2);
    expect(entries[0]).toMatchObject({ countryName: 'New Zealand', initiativeName: 'Partnership for Indo-Pacific Industrial Resilience (PIPIR)' });
    expect(entries[0]!.evidence.length).toBe(2);
    expect(entries[0]!.changeNote).toMatch(/confirmed/);
  });

  it('takes the latest as-of date as current, not the latest recorded', () => {
    const backfill = insertStance({
      input: stanceInput.parse({
        ...base,
        country: 'NZL',
        initiative: 'pipir',
        position: 'critical',
        asOf: '2023-01-01',
        changeNote: 'Backfilled an older entry',
        evidence: [],
      }),
      actorId: null,
    });
    expect(backfill.ok).toBe(true);
    const entries = listStances({ country: 'NZL', initiative: 'pipir' });
    expect(entries.map((e) => e.position)).toEqual(['committed', 'supportive', 'critical']);
    expect(entries.filter((e) => e.current).map((e) => e.position)).toEqual(['committed']);
  });

  it('breaks a same-day tie by recording time: the later entry is current', () => {
    const first = insertStance({
      input: stanceInput.parse({ ...base, country: 'FRA', initiative: 'quad', position: 'supportive', asOf: '2025-03-01', evidence: [evidenceId] }),
      actorId: null,
    });
    const second = insertStance({
      input: stanceInput.parse({
        ...base,
        country: 'FRA',
        initiative: 'quad',
        position: 'ambiguous',
        asOf: '2025-03-01',
        changeNote: 'Walked back the same day',
        evidence: [],
      }),
      actorId: null,
    });
    expect(first.ok && second.ok).toBe(true);
    const current = listStances({ country: 'FRA', initiative: 'quad', currentOnly: true });
    expect(current.map((e) => e.position)).toEqual(['ambiguous']);
  });

  it('cites a repeated evidence event once', () => {
    const result = insertStance({
      input: stanceInput.parse({ ...base, country: 'IND', initiative: 'quad', position: 'supportive', asOf: '2025-01-01', evidence: [evidenceId, evidenceId] }),
      actorId: null,
    });
    expect(result.ok).toBe(true);
    expect(listStances({ country: 'IND', initiative: 'quad' })[0]!.evidence).toEqual([evidenceId]);
  });

  it('requires a why-it-changed note after the first entry, and real references; writes nothing otherwise', () => {
    const before = listStances().length;
    const noNote = insertStance({
      input: stanceInput.parse({ ...base, country: 'USA', initiative: 'pipir', position: 'supportive', asOf: '2025-01-01', evidence: [] }),
      actorId: null,
    });
    expect(noNote).toMatchObject({ ok: false, code: 'invalid', issues: [{ field: 'changeNote', code: 'change-note-required' }] });
    const badRefs = insertStance({
      input: stanceInput.parse({ ...base, country: 'XXX', initiative: 'nope', position: 'supportive', asOf: '2025-01-01', evidence: [999999] }),
      actorId: null,
    });
    expect(badRefs.ok).toBe(false);
    if (!badRefs.ok) expect(badRefs.issues.map((i) => i.field).sort()).toEqual(['country', 'evidence', 'initiative']);
    expect(listStances().length).toBe(before);
  });

  it('validates the scale, the date and the confidence at the boundary', () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    // Tomorrow in UTC is already today in New Zealand; the day after is the future everywhere.
    expect(
      stanceInput.safeParse({
        country: 'NZL',
        initiative: 'pipir',
        position: 'supportive',
        asOf: day(1),
        asOfPrecision: 'day',
        confidence: 'low',
        rationale: 'Seen this morning',
      }).success,
    ).toBe(true);
    const result = stanceInput.safeParse({
      country: 'NZL',
      initiative: 'pipir',
      position: 'hostile',
      asOf: day(2),
      asOfPrecision: 'day',
      confidence: 'certain',
      rationale: '',
    });
    expect(new Set(result.error?.issues.map((i) => i.path[0]))).toEqual(new Set(['position', 'asOf', 'confidence', 'rationale']));
  });

  it('corrects an entry in place, audited with what it said before, and refuses a stale correction', () => {
    const [entry] = listStances({ country: 'KOR', initiative: 'pipir' });
    const input = {
      ...base,
      id: entry!.id,
      version: entry!.version,
      position: 'supportive' as const,
      asOf: entry!.asOf,
      changeNote: null,
      evidence: entry!.evidence,
      reason: 'Membership not confirmed',
    };
    expect(correctStance({ input, actorId: null }).ok).toBe(true);
    expect(listStances({ country: 'KOR', initiative: 'pipir' })[0]!.position).toBe('supportive');
    const audit = listAudit('stance', entry!.id);
    expect(audit[0]).toMatchObject({ action: 'stance.correct', detail: 'Membership not confirmed' });
    expect((audit[0]!.before as { position: string }).position).toBe('committed');
    expect(listStanceCorrections([entry!.id])).toMatchObject([{ stanceId: entry!.id, reason: 'Membership not confirmed', before: { position: 'committed' } }]);
    expect(correctStance({ input, actorId: null })).toMatchObject({ ok: false, code: 'conflict', current: { version: entry!.version + 1 } });
  });

  it('soft-deletes an entry so the previous one is current again', () => {
    const [current] = listStances({ country: 'NZL', initiative: 'pipir', currentOnly: true });
    expect(softDeleteStance({ id: current!.id, version: current!.version + 1, actorId: null })).toMatchObject({ ok: false, code: 'conflict' });
    expect(softDeleteStance({ id: current!.id, version: current!.version, actorId: null })).toMatchObject({ ok: true, value: { id: current!.id } });
    expect(listStances({ country: 'NZL', initiative: 'pipir', currentOnly: true })[0]!.position).toBe('supportive');
  });
});

describe('memberships', () => {
  it('lists PIPIR members with roles, Taiwan advisory at low confidence', () => {
    const members = listMemberships({ initiative: 'pipir' });
    expect(members.map((m) => m.country).sort()).toEqual(['AUS', 'JPN', 'KOR', 'NZL', 'TWN', 'USA']);
    expect(members.find((m) => m.country === 'TWN')).toMatchObject({ role: 'advisory', confidence: 'low' });
  });
});
