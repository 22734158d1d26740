// Crash safety (issue 12): writers post events, stances and annotations through the forms of a production
// server of its own (scripts/server.mjs on this build, its own port and temporary database) while it is
// killed with SIGKILL 10 times at random moments; after each kill the database passes integrity_check and
// holds every write the server acknowledged. `npm run bench:crash` runs the same with 100 kills.
import { expect, test } from '@playwright/test';
import { crashFailures, formatCrashReport, runCrashTest } from '../../scripts/lib/crash-run';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;

test('every acknowledged write survives 10 SIGKILLs of the server, and the database stays whole', async () => {
  test.setTimeout(180_000); // ten restarts of a production server on two busy cores
  const seed = Math.floor(Math.random() * 100_000);
  const report = await runCrashTest({ kills: 10, port: PORT, writers: 4, seed });
  const summary = formatCrashReport(report);
  await test.info().attach('crash report', { body: summary, contentType: 'text/plain' });
  console.log(summary);
  expect(crashFailures(report), summary).toEqual([]);
  expect(report.checks).toHaveLength(11);
});
