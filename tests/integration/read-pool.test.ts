// The read pool's budget, priority and queue, with a stand-in worker whose reads take as long as asked
// (tests/support/slow-read-worker.ts); tests/integration/timeline-view.test.ts reads real data through the
// app's pool.
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadsBusy, ReadStopped } from '@/lib/reads/errors';
import type { ReadJob } from '@/lib/reads/job';
import { createReadPool, type PoolOptions, type ReadPool } from '@/lib/reads/pool';
import { EMPTY_FILTER } from '@/lib/timeline/filters';

const pools: ReadPool[] = [];
afterEach(async () => Promise.all(pools.splice(0).map((p) => p.close())));

function pool(options: Partial<PoolOptions> = {}) {
  const p = createReadPool({
    entry: 'tests/support/slow-read-worker.ts',
    size: 1,
    maxThreads: 4,
    maxQueued: 8,
    demoteAfterMs: 100,
    perReader: 2,
    spareIdleMs: 60_000,
    ...options,
  });
  pools.push(p);
  return p;
}

/** A read that holds its thread for `ms`. */
const taking = (ms: number, reader: number | null = null): ReadJob => ({
  kind: 'timeline-count',
  filter: EMPTY_FILTER,
  cap: ms,
  reader: reader === null ? null : { id: reader },
});
type Answer = { ms: number; priority: number | null };
const answer = (p: ReadPool, ms: number, budgetMs = 10_000, reader: number | null = null) =>
  p.run(taking(ms, reader), { budgetMs }) as unknown as Promise<Answer>;

async function warm(p: ReadPool) {
  p.start();
  await expect.poll(() => p.stats().ready, { timeout: 15_000 }).toBe(1);
}

const linux = process.platform === 'linux';

describe('read pool', () => {
  it('answers a read within its budget at normal priority', async () => {
    const p = pool();
    await warm(p);
    expect(await answer(p, 5)).toEqual({ ms: 5, priority: linux ? os.getPriority(0) : null });
  });

  it('answers ReadStopped at the budget, and the next read on another thread while the stopped one runs out', async () => {
    const p = pool();
    await warm(p);
    const started = Date.now();
    await expect(answer(p, 3_000, 300)).rejects.toBeInstanceOf(ReadStopped);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await answer(p, 5)).toMatchObject({ ms: 5 });
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(p.stats().threads).toBe(2);
  });

  it('says the budget in the stopped message', async () => {
    const p = pool();
    await warm(p);
    await expect(answer(p, 5_000, 1_500)).rejects.toThrow(/longer than 1\.5 s and was stopped\. Narrow it/);
  });

  it.runIf(linux)('lowers the priority of a long read, and reads at normal priority again after it', async () => {
    const p = pool();
    await warm(p);
    const long = await answer(p, 600);
    expect(long.priority).toBe(19);
    // On the same thread restored where raising a priority is allowed, on a new one where not.
    for (let i = 0; i < 3; i++) expect((await answer(p, 5)).priority).toBe(os.getPriority(0));
  });

  it('ends a spare thread once it has been idle for spareIdleMs', async () => {
    const p = pool({ spareIdleMs: 300 });
    await warm(p);
    await answer(p, 400);
    await expect.poll(() => p.stats().ready, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => p.stats().threads, { timeout: 5_000 }).toBe(1);
  });

  it('counts a stopped read against its user until it has run out, and no one else', async () => {
    const p = pool({ size: 2, perReader: 1 });
    p.start();
    await expect.poll(() => p.stats().ready, { timeout: 15_000 }).toBe(2);
    const started = Date.now();
    await expect(answer(p, 1_500, 200, 1)).rejects.toBeInstanceOf(ReadStopped);
    const theirs = answer(p, 5, 10_000, 2).then(() => Date.now() - started);
    const mine = await answer(p, 5, 10_000, 1).then(() => Date.now() - started);
    expect(mine).toBeGreaterThanOrEqual(1_450);
    expect(await theirs).toBeLessThan(1_000);
  });

  it.runIf(linux)('answers a quick read on a fresh thread while a long one runs on the only thread', async () => {
    const p = pool();
    await warm(p);
    let longDone = false;
    const long = answer(p, 4_000).then((a) => ((longDone = true), a));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await answer(p, 5)).toMatchObject({ ms: 5, priority: os.getPriority(0) });
    expect(longDone).toBe(false);
    expect((await long).priority).toBe(19);
  });

  it('counts waiting for a thread against the budget', async () => {
    // Never demoted here, so no fresh thread takes the long read's place.
    const p = pool({ demoteAfterMs: 60_000 });
    await warm(p);
    const first = answer(p, 800);
    await expect(answer(p, 5, 200)).rejects.toBeInstanceOf(ReadStopped);
    expect(await first).toMatchObject({ ms: 800 });
  });

  it('does not count the first thread loading against a read asked as the pool starts', async () => {
    const p = pool();
    // Loading a thread takes longer than this budget; the read still gets its answer.
    expect(await answer(p, 5, 100)).toMatchObject({ ms: 5 });
  });

  it('runs at most perReader reads of one user at once, and another user’s beside them', async () => {
    const p = pool({ size: 3, perReader: 2, demoteAfterMs: 60_000 });
    p.start();
    await expect.poll(() => p.stats().ready, { timeout: 15_000 }).toBe(3);
    const started = Date.now();
    const mine = [answer(p, 600, 10_000, 1), answer(p, 600, 10_000, 1), answer(p, 600, 10_000, 1)].map((a) => a.then(() => Date.now() - started));
    const theirs = await answer(p, 5, 10_000, 2).then(() => Date.now() - started);
    const [a, b, c] = await Promise.all(mine);
    // The third of user 1's waited for one of the first two; user 2's did not wait at all.
    expect(Math.max(a!, b!)).toBeLessThan(c!);
    expect(c!).toBeGreaterThanOrEqual(1_150);
    expect(theirs).toBeLessThan(500);
  });

  it('refuses a read when too many are waiting', async () => {
    const p = pool({ maxQueued: 1 });
    await warm(p);
    const running = answer(p, 300);
    const waiting = answer(p, 5);
    await expect(answer(p, 5)).rejects.toBeInstanceOf(ReadsBusy);
    await expect(Promise.all([running, waiting])).resolves.toHaveLength(2);
  });
});
