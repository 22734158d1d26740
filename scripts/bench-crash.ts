// `npm run bench:crash -- [--kills 100] [--port 3460] [--writers 4] [--seed N]`: the crash test of issue 12
// at length (scripts/lib/crash-run.ts; CI runs 10 kills in tests/e2e/crash.spec.ts). Builds first when the
// sources changed, runs on a temporary database of its own, prints a summary and exits 1 on any failure.
// docs/performance.md, "Crash safety".
import { parseArgs } from 'node:util';
import { buildIfStale } from './build-stamp';
import { crashFailures, formatCrashReport, runCrashTest } from './lib/crash-run';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    port: { type: 'string', default: '3460' },
    writers: { type: 'string', default: '4' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
const numbers = { kills: Number(values.kills), port: Number(values.port), writers: Number(values.writers), seed: Number(values.seed) };
for (const [name, n] of Object.entries(numbers)) {
  if (!Number.isInteger(n) || n < (name === 'seed' ? 0 : 1)) {
    console.error(`bench:crash: --${name} must be a whole number${name === 'seed' ? '' : ' of at least 1'}`);
    process.exit(1);
  }
}

if (buildIfStale({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }) !== 0) {
  console.error('bench:crash: the build failed; see the output above.');
  process.exit(1);
}
async function main() {
  const report = await runCrashTest({ ...numbers, log: (line) => console.log(line) });
  console.log(`\n${formatCrashReport(report)}`);
  const failures = crashFailures(report);
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`bench:crash: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
