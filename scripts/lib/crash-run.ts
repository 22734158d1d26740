// One crash test (issue 12, "Crash safety"): writers post events, stances and annotations through the
// forms of a production server while it is killed with SIGKILL at random moments and started again; after
// every kill, and once more after a last graceful stop, the database must pass integrity_check and hold
// every acknowledged write. Run with 10 kills by tests/e2e/crash.spec.ts and 100 by `npm run bench:crash`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCrashedDatabase, isSound, WRITE_KINDS, type CrashCheck, type CrashWrite, type WriteKind } from './crash-check';
import { runWriter, type Attempt } from './crash-forms';
import { answers, CrashServer, prepareCrashDatabase } from './crash-server';
import { seeded } from './synthetic-words';

export type CrashRunOptions = {
  kills: number;
  port: number;
  writers: number;
  /** Picks the kill moments and what each writer writes; the interleaving still depends on timing. */
  seed: number;
  /** Each kill comes this long (ms, uniformly between the two) after the server answered again. */
  killAfterMs?: [number, number];
  log?: (line: string) => void;
};

export type CrashReport = {
  options: Required<Omit<CrashRunOptions, 'log'>>;
  acknowledged: Record<WriteKind, number>;
  /** Writes posted whose answer a kill cut off, and how many of them the database holds all the same. */
  cutOff: number;
  cutOffCommitted: number;
  /** Answers that were neither a saved write nor a cut connection. */
  refused: string[];
  checks: ({ after: string } & CrashCheck)[];
  /** From spawning the server to its first answer to /api/health, after each kill. */
  restartMs: number[];
  /** The exit code of the last, graceful stop (0: finished and checkpointed). */
  stopCode: number | null;
  seconds: number;
  /** Kept when the run failed, for a look at what the crash left. */
  database: string | null;
};

const ADMIN = { email: 'admin@crash.test', password: 'crash-test-password-1' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCrashTest({ kills, port, writers, seed, killAfterMs = [300, 2500], log = () => {} }: CrashRunOptions): Promise<CrashReport> {
  const startedAt = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-crash-'));
  const database = path.join(dir, 'crash.db');
  const server = new CrashServer({ database, port, adminEmail: ADMIN.email, adminPassword: ADMIN.password });
  if (await answers(server.base)) throw new Error(`something already answers on port ${port}; choose another port`);
  prepareCrashDatabase({ database, adminEmail: ADMIN.email, adminPassword: ADMIN.password });
  await server.start();

  const acknowledged: CrashWrite[] = [];
  const cutOff: CrashWrite[] = [];
  const refused: string[] = [];
  const onAttempt = (a: Attempt) => {
    if (a.outcome === 'acknowledged') acknowledged.push(a.write);
    else if (a.outcome === 'cut-off') cutOff.push(a.write);
    else refused.push(`${a.write.kind} "${a.write.marker}": ${a.answer}`);
  };
  let stopped = false;
  const running = Array.from({ length: writers }, (_, i) =>
    runWriter({
      base: server.base,
      ...ADMIN,
      serverUp: () => server.whenUp(),
      stopped: () => stopped,
      rng: seeded(seed * 1000 + i + 1),
      name: `s${seed} w${i + 1}`,
      onAttempt,
    }).catch((error: unknown) => refused.push(`writer ${i + 1} stopped: ${(error as Error).stack}`)),
  );

  const rng = seeded(seed);
  const checks: CrashReport['checks'] = [];
  const restartMs: number[] = [];
  try {
    for (let k = 1; k <= kills; k++) {
      const delay = killAfterMs[0] + rng() * (killAfterMs[1] - killAfterMs[0]);
      await sleep(delay);
      await server.kill();
      // Every write acknowledged so far, against the file exactly as the kill left it, -wal included.
      const check = checkCrashedDatabase(database, { acknowledged: [...acknowledged] });
      checks.push({ after: `kill ${k}`, ...check });
      restartMs.push(await server.start());
      log(
        `kill ${k}/${kills} after ${(delay / 1000).toFixed(2)} s: ${acknowledged.length} writes acknowledged, ${cutOff.length} cut off; ` +
          `integrity ${check.integrity.join('; ')}, ${check.missing.length} missing; restarted in ${(restartMs.at(-1)! / 1000).toFixed(2)} s`,
      );
    }
  } catch (error) {
    stopped = true;
    await server.abandon();
    await Promise.all(running);
    throw error;
  }
  stopped = true;
  await Promise.all(running);
  const stopCode = await server.stop();
  const final = checkCrashedDatabase(database, { acknowledged, unacknowledged: cutOff });
  checks.push({ after: 'the graceful stop', ...final });

  const report: CrashReport = {
    options: { kills, port, writers, seed, killAfterMs },
    acknowledged: Object.fromEntries(WRITE_KINDS.map((kind) => [kind, acknowledged.filter((w) => w.kind === kind).length])) as Record<WriteKind, number>,
    cutOff: cutOff.length,
    cutOffCommitted: final.unacknowledgedPresent,
    refused,
    checks,
    restartMs,
    stopCode,
    seconds: (performance.now() - startedAt) / 1000,
    database,
  };
  if (crashFailures(report).length === 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    report.database = null;
  }
  return report;
}

/** What went wrong in a run; empty when it passed. */
export function crashFailures(report: CrashReport): string[] {
  const failures: string[] = [];
  for (const check of report.checks.filter((c) => !isSound(c))) {
    const missing = check.missing.slice(0, 5).map((w) => `${w.kind} "${w.marker}"${w.id ? ` (id ${w.id})` : ''}`);
    failures.push(
      `after ${check.after}: integrity_check ${check.integrity.slice(0, 3).join('; ')}; ${check.missing.length} acknowledged writes missing ${missing.join(', ')}`,
    );
  }
  for (const kind of WRITE_KINDS) if (report.acknowledged[kind] === 0) failures.push(`no ${kind} was acknowledged: the writers never got through`);
  if (report.refused.length) failures.push(`${report.refused.length} answers were not a saved write, such as ${report.refused.slice(0, 3).join(' | ')}`);
  if (report.stopCode !== 0) failures.push(`the last, graceful stop exited ${report.stopCode}`);
  return failures;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

export function formatCrashReport(report: CrashReport): string {
  const { options, acknowledged, restartMs } = report;
  const total = WRITE_KINDS.reduce((n, kind) => n + acknowledged[kind], 0);
  const sound = report.checks.filter(isSound).length;
  const missing = new Set(report.checks.flatMap((c) => c.missing.map((w) => w.marker))).size;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `Crash test: ${options.kills} SIGKILLs of the production server, ${options.writers} writers, seed ${options.seed}, a kill ${options.killAfterMs[0]}–${options.killAfterMs[1]} ms after each start`,
    `acknowledged writes: ${total} (events ${acknowledged.event}, stances ${acknowledged.stance}, annotations ${acknowledged.annotation})`,
    `cut off by a kill before the answer: ${report.cutOff}, of which committed all the same: ${report.cutOffCommitted}`,
    `refused or failed answers: ${report.refused.length}`,
    `acknowledged writes missing: ${missing}`,
    `integrity_check ok and nothing missing: ${sound} of ${report.checks.length} checks (after each kill and after the last, graceful stop, exit ${report.stopCode})`,
    `restart to first answer: p50 ${seconds(percentile(restartMs, 0.5))}, p95 ${seconds(percentile(restartMs, 0.95))}, max ${seconds(Math.max(...restartMs))}`,
    `total ${report.seconds.toFixed(0)} s`,
    ...(report.database ? [`the database is kept for inspection: ${report.database}`] : []),
  ].join('\n');
}
