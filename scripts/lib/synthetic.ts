// Builds a realistic synthetic Watchfloor database of any size, through the real migrations.
import fs from 'node:fs';
import { openDatabase } from '@/db/client';
import { flushSearchIndex, insertPeople, prepareBulkInsert, suspendIndexes, type BulkEvent } from '@/db/queries/bulk-load';
import { upsertCountries, upsertInitiatives } from '@/db/queries/reference';
import { countryRows } from '@/db/seed/countries';
import { spanEnd } from '@/lib/dates';
import { COUNTRY_ROLES, DATE_PRECISIONS, EVENT_TYPES, RELIABILITY_GRADES } from '@/lib/vocabulary';
import { int, seeded, vocabulary, zipf, type Rng } from './synthetic-words';

const BATCH = 50_000;
const FIRST_DAY = Date.UTC(1995, 0, 1);
const DAYS = 31 * 365;
const DAY_MS = 86_400_000;
const PUBLISHERS = ['Reuters', 'Associated Press', 'Defense News', 'The Diplomat', 'Janes', 'Nikkei Asia', 'ABC News', 'RNZ', 'Ministry of Defence'];

function sentence(pick: () => string, rng: Rng, min: number, max: number): string {
  const n = int(rng, min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick());
  return words.join(' ');
}

export type SyntheticOptions = { file: string; events: number; seed?: number; log?: (line: string) => void };

/** Creates (replacing) the database file and fills it; returns how long each phase took, in ms. */
export function buildSyntheticDatabase({ file, events, seed = 42, log = () => {} }: SyntheticOptions) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const started = Date.now();
  const db = openDatabase(file);
  const client = db.$client;
  const rng = seeded(seed);
  const vocab = vocabulary(rng);

  const countries = countryRows();
  // Shuffle so the heavy end of the Zipf curve is not always the alphabet's start.
  const codes = countries.map((c) => c.code).sort(() => rng() - 0.5);
  const initiatives = Array.from({ length: 60 }, (_, i) => ({ slug: `initiative-${i + 1}`, name: `Initiative ${i + 1}`, description: '' }));
  const personNames = new Set<string>();
  while (personNames.size < 8000)
    personNames.add(`${vocab.firstNames[int(rng, 0, vocab.firstNames.length - 1)]} ${vocab.lastNames[int(rng, 0, vocab.lastNames.length - 1)]}`);
  const people = [...personNames].map((name, i) => ({ id: i + 1, name }));
  db.transaction((tx) => {
    upsertCountries(countries, tx);
    upsertInitiatives(initiatives, tx);
  });
  insertPeople(
    db,
    people.map((p) => p.name),
  );

  const pickWord = zipf(vocab.words, 1.0, rng);
  const pickCountry = zipf(codes, 1.1, rng);
  const pickType = zipf(EVENT_TYPES, 0.6, rng);
  const pickInitiative = zipf(
    initiatives.map((_, i) => i + 1),
    1.0,
    rng,
  );
  const pickTag = zipf(vocab.tags, 1.0, rng);
  const pickPerson = zipf(people, 0.9, rng);
  const pickCity = zipf(vocab.cities, 1.0, rng);
  const pickReliability = zipf(RELIABILITY_GRADES, 0.8, rng);

  // Synchronous off and no journal: a crash mid-load just means building again. WAL again at the end.
  client.pragma('journal_mode = OFF');
  client.pragma('synchronous = OFF');
  const resume = suspendIndexes(db);
  const insert = prepareBulkInsert(db);
  const makeEvent = (id: number): BulkEvent => {
    // More events in recent years, as in any news record.
    const day = Math.floor(DAYS * Math.sqrt(rng()));
    const start = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
    const r = rng();
    const datePrecision = r < 0.85 ? DATE_PRECISIONS[0] : r < 0.96 ? DATE_PRECISIONS[1] : DATE_PRECISIONS[2];
    const date = datePrecision === 'year' ? `${start.slice(0, 4)}-01-01` : datePrecision === 'month' ? `${start.slice(0, 7)}-01` : start;
    const endDate =
      datePrecision === 'day' && rng() < 0.12 ? new Date(Date.parse(date) + int(rng, 1, rng() < 0.05 ? 120 : 10) * DAY_MS).toISOString().slice(0, 10) : null;
    const type = pickType();
    const countryList = new Map<string, string>();
    for (let i = int(rng, 1, 4) - (rng() < 0.5 ? 1 : 0) || 1; i > 0; i--) countryList.set(pickCountry(), COUNTRY_ROLES[int(rng, 0, COUNTRY_ROLES.length - 1)]!);
    const initiativeIds = new Set<number>();
    if (rng() < 0.35) for (let i = int(rng, 1, 2); i > 0; i--) initiativeIds.add(pickInitiative());
    const tags = new Set<string>();
    for (let i = int(rng, 0, 4); i > 0; i--) tags.add(pickTag());
    const eventPeople = new Map<number, { id: number; name: string; capacity: string | null }>();
    for (let i = int(rng, 0, 3); i > 0; i--) {
      const p = pickPerson();
      eventPeople.set(p.id, { ...p, capacity: rng() < 0.7 ? `Minister of ${pickWord()}` : null });
    }
    const sources = Array.from({ length: int(rng, 1, 4) }, (_, i) => ({
      url: `https://news.example.org/${id}/${i}`,
      publisher: PUBLISHERS[int(rng, 0, PUBLISHERS.length - 1)]!,
      title: sentence(pickWord, rng, 5, 10),
      publishedDate: date,
      reliability: pickReliability(),
      credibility: int(rng, 1, 6),
      quote: rng() < 0.3 ? sentence(pickWord, rng, 10, 25) : null,
    }));
    return {
      id,
      title: `${sentence(pickWord, rng, 4, 9)} ${pickCity()}`,
      summary: sentence(pickWord, rng, 40, 80),
      type,
      date,
      datePrecision,
      endDate,
      spanEnd: spanEnd(date, datePrecision, endDate),
      location: rng() < 0.8 ? pickCity() : null,
      countries: [...countryList].map(([code, role]) => ({ code, role })),
      initiativeIds: [...initiativeIds],
      tags: [...tags],
      people: [...eventPeople.values()],
      sources,
    };
  };

  const timings = { load: 0, indexes: 0, analyze: 0, total: 0 };
  let t = Date.now();
  for (let first = 1; first <= events; first += BATCH) {
    const last = Math.min(events, first + BATCH - 1);
    client.transaction(() => {
      for (let id = first; id <= last; id++) insert(makeEvent(id));
    })();
    log(`  ${last.toLocaleString('en')} events (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  timings.load = Date.now() - t;
  t = Date.now();
  log('  rebuilding indexes, triggers and rollups…');
  resume();
  log(`  indexes and rollups (${((Date.now() - started) / 1000).toFixed(0)} s); full-text index…`);
  flushSearchIndex(db);
  timings.indexes = Date.now() - t;
  t = Date.now();
  client.pragma('analysis_limit = 1000');
  client.exec('ANALYZE');
  timings.analyze = Date.now() - t;
  client.pragma('journal_mode = WAL');
  client.close();
  timings.total = Date.now() - started;
  return timings;
}
