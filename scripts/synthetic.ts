// `npm run db:synthetic -- --events 1000000 --db /tmp/watchfloor-1m.db`: a large realistic database for
// benchmarks. The file is replaced.
import { parseArgs } from 'node:util';
import { buildSyntheticDatabase } from './lib/synthetic';

const { values } = parseArgs({ options: { events: { type: 'string', default: '10000' }, db: { type: 'string' }, seed: { type: 'string', default: '42' } } });
if (!values.db) {
  console.error('synthetic: give the database file with --db <path> (it is replaced)');
  process.exit(1);
}
const events = Number(values.events);
if (!Number.isInteger(events) || events < 1) {
  console.error('synthetic: --events must be a positive whole number');
  process.exit(1);
}
console.log(`Building ${events.toLocaleString('en')} synthetic events into ${values.db}…`);
const timings = buildSyntheticDatabase({ file: values.db, events, seed: Number(values.seed), log: (line) => console.log(line) });
console.log(
  `Done in ${(timings.total / 1000).toFixed(1)} s (load ${(timings.load / 1000).toFixed(1)} s, indexes ${(timings.indexes / 1000).toFixed(1)} s, analyze ${(timings.analyze / 1000).toFixed(1)} s).`,
);
