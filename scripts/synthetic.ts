// `npm run db:synthetic -- --events 1000000 [--annotations 200000 [--baseline-db FILE]] --db /tmp/watchfloor-1m.db`: a
// large realistic database for benchmarks. The file is replaced; --baseline-db keeps a copy as it was before the annotations.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSyntheticDatabase } from './lib/synthetic';
import { addSyntheticAnnotations } from './lib/synthetic-annotations';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    annotations: { type: 'string', default: '0' },
    'baseline-db': { type: 'string' },
    db: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
if (!values.db) {
  console.error('synthetic: give the database file with --db <path> (it is replaced)');
  process.exit(1);
}
const events = Number(values.events);
if (!Number.isInteger(events) || events < 1) {
  console.error('synthetic: --events must be a positive whole number');
  process.exit(1);
}
const annotations = Number(values.annotations);
if (!Number.isInteger(annotations) || annotations < 0) {
  console.error('synthetic: --annotations must be a whole number');
  process.exit(1);
}
console.log(`Building ${events.toLocaleString('en')} synthetic events into ${values.db}…`);
const timings = buildSyntheticDatabase({ file: values.db, events, seed: Number(values.seed), log: (line) => console.log(line) });
console.log(
  `Done in ${(timings.total / 1000).toFixed(1)} s (load ${(timings.load / 1000).toFixed(1)} s, indexes ${(timings.indexes / 1000).toFixed(1)} s, analyze ${(timings.analyze / 1000).toFixed(1)} s).`,
);
if (values['baseline-db']) {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(values['baseline-db'] + suffix, { force: true });
  fs.copyFileSync(values.db, values['baseline-db']);
  console.log(`Copied the database without annotations to ${values['baseline-db']}.`);
}
if (annotations > 0) {
  console.log(`Adding ${annotations.toLocaleString('en')} synthetic annotations…`);
  const added = addSyntheticAnnotations({ file: values.db, annotations, seed: Number(values.seed), log: (line) => console.log(line) });
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `Annotations done in ${s(added.timings.total)} s (load ${s(added.timings.load)} s, full-text ${s(added.timings.index)} s, analyze ${s(added.timings.analyze)} s) on ${added.annotatedEvents.toLocaleString('en')} events${added.knownEventId ? `; event #${added.knownEventId} has exactly 50` : ''}.`,
  );
}
