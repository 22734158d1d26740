// The crash test's checker (scripts/lib/crash-check.ts) on real databases: it passes a whole file that
// holds every acknowledged write, and fails one that lacks a write, holds it only deleted or under another
// id, is corrupt, or is not there; it reads commits still in the -wal, as a killed server leaves them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { insertAnnotation } from '@/db/queries/annotations';
import { softDeleteEvent } from '@/db/queries/event-edit';
import { insertStance } from '@/db/queries/stances';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { annotationInput } from '@/lib/annotations/schema';
import { stanceInput } from '@/lib/stances/schema';
import { unwrap } from '@/lib/write-result';
import { checkCrashedDatabase, isSound, type CrashWrite } from '@/scripts/lib/crash-check';
import { addEvent } from '../support/event-fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-crash-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const live = () => process.env.DATABASE_PATH!;

const written: CrashWrite[] = [];
let deletedEvent: CrashWrite;

beforeAll(() => {
  seedReferenceData();
  const author = {
    id: unwrap(insertUser({ email: 'crash@example.org', name: 'Cara Crash', role: 'analyst', passwordHash: 'x', actorId: null })),
    role: 'analyst' as const,
  };
  const eventId = addEvent({ date: '2024-05-01', title: 'crash w1 #1' });
  written.push({ kind: 'event', marker: 'crash w1 #1', id: eventId });
  unwrap(
    insertStance({
      input: stanceInput.parse({
        country: 'NZL',
        initiative: 'pipir',
        position: 'supportive',
        asOf: '2024-05-02',
        asOfPrecision: 'day',
        confidence: 'moderate',
        rationale: 'crash w1 #2',
      }),
      actorId: author.id,
    }),
  );
  written.push({ kind: 'stance', marker: 'crash w1 #2' });
  unwrap(insertAnnotation({ input: annotationInput.parse({ target: 'event', eventId, body: 'crash w1 #3' }), author }));
  written.push({ kind: 'annotation', marker: 'crash w1 #3' });
  const doomed = addEvent({ date: '2024-05-03', title: 'crash w2 #1' });
  unwrap(softDeleteEvent({ id: doomed, actorId: author.id }));
  deletedEvent = { kind: 'event', marker: 'crash w2 #1', id: doomed };
});

describe('checkCrashedDatabase', () => {
  it('passes a whole database that holds every acknowledged write, reading commits that are still only in the -wal', () => {
    expect(fs.statSync(`${live()}-wal`).size).toBeGreaterThan(0);
    const check = checkCrashedDatabase(live(), { acknowledged: written, unacknowledged: [{ kind: 'stance', marker: 'crash w1 #2' }] });
    expect(check).toEqual({ integrity: ['ok'], missing: [], unacknowledgedPresent: 1 });
    expect(isSound(check)).toBe(true);
  });

  it('fails when an acknowledged write is missing, deleted, or under another id', () => {
    const lost: CrashWrite[] = [
      { kind: 'annotation', marker: 'crash w1 #4' },
      { kind: 'stance', marker: 'crash w1 #3' }, // the annotation's text, but no stance says it
      deletedEvent,
      { kind: 'event', marker: 'crash w1 #1', id: written[0]!.id! + 100 },
    ];
    const check = checkCrashedDatabase(live(), { acknowledged: [...written, ...lost] });
    expect(check.integrity).toEqual(['ok']);
    expect(check.missing).toEqual(lost);
    expect(isSound(check)).toBe(false);
  });

  it('fails a corrupt file and a missing one, and changes neither', () => {
    getDb().$client.pragma('wal_checkpoint(TRUNCATE)');
    const corrupt = path.join(dir, 'corrupt.db');
    const bytes = fs.readFileSync(live());
    bytes.fill(0x5a, 8192, 12288); // garbage over a page in the middle
    fs.writeFileSync(corrupt, bytes);
    const check = checkCrashedDatabase(corrupt, { acknowledged: written });
    expect(check.integrity).not.toEqual(['ok']);
    expect(isSound(check)).toBe(false);
    expect(fs.readFileSync(corrupt).equals(bytes)).toBe(true);

    const absent = path.join(dir, 'absent.db');
    const none = checkCrashedDatabase(absent, { acknowledged: written });
    expect(none.integrity).toEqual([expect.stringMatching(/^cannot be opened/)]);
    expect(none.missing).toEqual(written);
    expect(fs.existsSync(absent)).toBe(false);
  });
});
