// Adds realistic synthetic annotations to a synthetic database built by buildSyntheticDatabase: ~20 analysts,
// 70 % team / 30 % private, a quarter graded judgments, ~15 % replies in threads, 0–3 tags, bodies from the
// synthetic word list, skewed to recent events and to a few busy ones, and one known event with exactly
// KNOWN_EVENT_ANNOTATIONS annotations, all visible to SYNTHETIC_READER_EMAIL (the benchmark's reader).
import { openDatabase } from '@/db/client';
import {
  analyzeAnnotations,
  indexAnnotationText,
  insertBulkUsers,
  listEventIdsNewestFirst,
  listSourceIdsByEvent,
  nextAnnotationId,
  prepareAnnotationBulkInsert,
  type BulkAnnotation,
} from '@/db/queries/bulk-load-annotations';
import { CONFIDENCE_LEVELS, LIKELIHOODS } from '@/lib/annotations/vocabulary';
import { privateDocument } from '@/lib/timeline/search-query';
import { int, seeded, vocabulary, zipf } from './synthetic-words';

export const SYNTHETIC_ANALYSTS = 20;
/** The analyst the benchmark reads as: the author of the known event's private annotations. */
export const SYNTHETIC_READER_EMAIL = 'analyst-01@synthetic.invalid';
export const KNOWN_EVENT_ANNOTATIONS = 50;
// Not an argon2 hash: verification throws, which sign-in treats as a wrong password.
const NO_SIGN_IN_HASH = '!synthetic-account-no-sign-in';
// The known event's place in the timeline (0 = newest): recent, but not on the benchmark's page 1.
const KNOWN_EVENT_RANK = 100;
const TAGS = [
  'follow-up',
  'assessment',
  'watch',
  'source-check',
  'contested',
  'brief',
  'trend',
  'indo-pacific',
  'maritime',
  'procurement',
  'alliance',
  'deterrence',
  'cyber',
  'exercise',
  'nuclear',
  'budget',
  'disinformation',
  'sanctions',
  'arms-control',
  'pacific-islands',
  'south-china-sea',
  'taiwan-strait',
  'quad',
  'aukus',
];
const REPLY_SHARE = 0.15;
const JUDGMENT_SHARE = 0.25;
const PRIVATE_SHARE = 0.3;
const SOURCE_SHARE = 0.25;
const RESOLVED_SHARE = 0.1;
const EDITED_SHARE = 0.05;
// Replies answer one of the most recent threads (an analyst replies within days, not years).
const OPEN_THREADS = 500;
const FIRST_MS = Date.UTC(2023, 0, 1);
const LAST_MS = Date.UTC(2026, 10, 27);
const HOUR_MS = 3_600_000;

export type SyntheticAnnotationOptions = { file: string; annotations: number; seed?: number; log?: (line: string) => void };
export type SyntheticAnnotationResult = {
  /** The event with exactly KNOWN_EVENT_ANNOTATIONS annotations (null when fewer annotations were asked for). */
  knownEventId: number | null;
  annotatedEvents: number;
  timings: { load: number; index: number; analyze: number; total: number };
};

type Thread = { id: number; eventId: number; sourceId: number | null; target: 'event' | 'source'; visibility: 'team' | 'private'; authorId: number };

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Opens the database, adds the analysts and `annotations` annotations in one transaction, and closes it. */
export function addSyntheticAnnotations({ file, annotations: total, seed = 42, log = () => {} }: SyntheticAnnotationOptions): SyntheticAnnotationResult {
  const started = Date.now();
  const db = openDatabase(file);
  const client = db.$client;
  // The builder's vocabulary (the same seed gives the same words), then a stream of our own.
  const vocab = vocabulary(seeded(seed));
  const rng = seeded(seed ^ 0x5eed_a770);
  const pickWord = zipf(vocab.words, 1.0, rng);
  const pickTag = zipf(TAGS, 1.0, rng);
  const sentence = (min: number, max: number) => {
    const words: string[] = [];
    for (let i = int(rng, min, max); i > 0; i--) words.push(pickWord());
    return `${capital(words.join(' '))}.`;
  };
  const body = (min: number, max: number) => Array.from({ length: int(rng, min, max) }, () => sentence(6, 16)).join(' ');
  const pick = <T>(items: readonly T[]) => items[int(rng, 0, items.length - 1)]!;

  const analysts = Array.from({ length: SYNTHETIC_ANALYSTS }, (_, i) => ({
    email: `analyst-${String(i + 1).padStart(2, '0')}@synthetic.invalid`,
    name: `${pick(vocab.firstNames)} ${pick(vocab.lastNames)}`,
    role: 'analyst',
  }));
  const userIds = insertBulkUsers(db, analysts, NO_SIGN_IN_HASH);
  const reader = userIds[0]!;
  // Some analysts write far more than others.
  const pickAuthor = zipf(userIds, 0.8, rng);

  const result: SyntheticAnnotationResult = { knownEventId: null, annotatedEvents: 0, timings: { load: 0, index: 0, analyze: 0, total: 0 } };
  const ranked = total > 0 ? listEventIdsNewestFirst(db) : [];
  if (!ranked.length) {
    client.close();
    result.timings.total = Date.now() - started;
    return result;
  }
  const known = total >= KNOWN_EVENT_ANNOTATIONS ? ranked[Math.min(KNOWN_EVENT_RANK, ranked.length - 1)]! : null;
  result.knownEventId = known;

  // Events that get annotations: a quarter as many as annotations, drawn towards the newest (rank = N·u³,
  // so the first timeline pages are almost all annotated), then in random order under a Zipf curve, so a
  // few events carry hundreds and most carry one or two.
  const pool = new Set<number>();
  const wanted = Math.min(Math.max(1, Math.round(total / 4)), ranked.length - (known ? 1 : 0));
  for (let tries = 0; pool.size < wanted && tries < wanted * 20; tries++) {
    const id = ranked[Math.floor(ranked.length * rng() ** 3)]!;
    if (id !== known) pool.add(id);
  }
  const poolList = [...pool];
  for (let i = poolList.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [poolList[i], poolList[j]] = [poolList[j]!, poolList[i]!];
  }
  const pickEvent = zipf(poolList, 0.5, rng);

  // Where in the sequence (so the feed's order) the known event's annotations fall.
  const knownSlots = new Set<number>();
  if (known) while (knownSlots.size < KNOWN_EVENT_ANNOTATIONS) knownSlots.add(int(rng, 0, total - 1));

  const load = prepareAnnotationBulkInsert(db);
  const sourceIds = listSourceIdsByEvent(db, known ? [...poolList, known] : poolList);
  const annotated = new Set<number>();
  const open: Thread[] = [];
  const knownThreads: Thread[] = [];
  const firstId = nextAnnotationId(db);
  const stamp = (i: number) => new Date(FIRST_MS + Math.floor(((LAST_MS - FIRST_MS) * i) / total)).toISOString();

  const judgment = () =>
    rng() < JUDGMENT_SHARE / (1 - REPLY_SHARE) ? { kind: 'judgment' as const, likelihood: pick(LIKELIHOODS), confidence: pick(CONFIDENCE_LEVELS) } : null;
  const tags = () => {
    const out = new Set<string>();
    for (let n = int(rng, 0, 3); n > 0; n--) out.add(pickTag());
    return [...out];
  };

  function root(id: number, createdAt: string, eventId: number, isKnown: boolean): BulkAnnotation {
    const sources = rng() < SOURCE_SHARE ? (sourceIds.get(eventId) ?? []) : [];
    const sourceId = sources.length ? pick(sources) : null;
    const visibility = rng() < PRIVATE_SHARE ? 'private' : 'team';
    // The known event's private notes are the reader's own, so the reader sees all of its annotations.
    const authorId = isKnown && visibility === 'private' ? reader : pickAuthor();
    const graded = judgment();
    const thread: Thread = { id, eventId, sourceId, target: sourceId ? 'source' : 'event', visibility, authorId };
    (isKnown ? knownThreads : open).push(thread);
    if (!isKnown && open.length > OPEN_THREADS) open.shift();
    const resolved = rng() < RESOLVED_SHARE;
    // Fields written out rather than spread from `thread`: tsx compiles object spread into a helper that
    // made the whole load three times slower.
    return {
      id,
      target: thread.target,
      eventId,
      sourceId,
      visibility,
      searchTokens: null,
      authorId,
      parentId: null,
      quote: sourceId && rng() < 0.5 ? sentence(6, 15) : null,
      kind: graded?.kind ?? 'note',
      likelihood: graded?.likelihood ?? null,
      confidence: graded?.confidence ?? null,
      body: body(1, 4),
      resolvedAt: resolved ? new Date(Date.parse(createdAt) + int(rng, 1, 240) * HOUR_MS).toISOString() : null,
      resolvedBy: resolved ? (visibility === 'private' ? authorId : pickAuthor()) : null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      tags: tags(),
      versions: [],
    };
  }

  function reply(id: number, createdAt: string, parent: Thread): BulkAnnotation {
    return {
      id,
      target: parent.target,
      eventId: parent.eventId,
      sourceId: parent.sourceId,
      parentId: parent.id,
      quote: null,
      kind: 'note',
      likelihood: null,
      confidence: null,
      body: body(1, 2),
      visibility: parent.visibility,
      searchTokens: null,
      // Only the author sees a private thread, so only the author replies to one.
      authorId: parent.visibility === 'private' ? parent.authorId : pickAuthor(),
      resolvedAt: null,
      resolvedBy: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      tags: [],
      versions: [],
    };
  }

  /** A few annotations were edited: what they said before becomes their earlier versions. */
  function edited(a: BulkAnnotation): BulkAnnotation {
    if (rng() >= EDITED_SHARE) return a;
    const earlier = int(rng, 1, 2);
    let at = Date.parse(a.createdAt);
    const versions: BulkAnnotation['versions'] = [];
    for (let v = 0; v < earlier; v++) {
      versions.push({ kind: a.kind, likelihood: a.likelihood, confidence: a.confidence, body: body(1, 3), tags: a.tags, editedAt: new Date(at).toISOString() });
      at += int(rng, 1, 72) * HOUR_MS;
    }
    a.version = earlier + 1;
    a.versions = versions;
    a.updatedAt = new Date(at).toISOString();
    return a;
  }

  // Synchronous off and no journal for the load, as for the events; WAL again at the end.
  client.pragma('journal_mode = OFF');
  client.pragma('synchronous = OFF');
  let t = Date.now();
  load.transaction(() => {
    for (let i = 0; i < total; i++) {
      const id = firstId + i;
      const createdAt = stamp(i);
      let a: BulkAnnotation;
      if (knownSlots.has(i)) {
        const parent = knownThreads.length && rng() < REPLY_SHARE ? pick(knownThreads) : null;
        a = parent ? reply(id, createdAt, parent) : root(id, createdAt, known!, true);
      } else if (open.length && rng() < REPLY_SHARE) {
        a = reply(id, createdAt, open[open.length - 1 - Math.floor(open.length * rng() ** 2)]!);
      } else {
        a = root(id, createdAt, pickEvent(), false);
      }
      // As insertAnnotation writes them: a private annotation's words become its author's own search tokens.
      if (a.visibility === 'private') a.searchTokens = privateDocument(a.authorId, `${a.body} ${a.quote ?? ''}`);
      load.insert(edited(a));
      annotated.add(a.eventId);
      if ((i + 1) % 50_000 === 0) log(`  ${(i + 1).toLocaleString('en')} annotations (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  result.timings.load = Date.now() - t;
  result.annotatedEvents = annotated.size;
  t = Date.now();
  log(`  full-text index of ${annotated.size.toLocaleString('en')} annotated events…`);
  indexAnnotationText(db, [...annotated]);
  result.timings.index = Date.now() - t;
  t = Date.now();
  analyzeAnnotations(db);
  result.timings.analyze = Date.now() - t;
  client.pragma('journal_mode = WAL');
  client.close();
  result.timings.total = Date.now() - started;
  return result;
}
