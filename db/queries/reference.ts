// Reference data: countries and initiatives.
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, initiatives, type Country, type Initiative } from '@/db/schema';
import { rejectUnknown, type ParsedFilter } from '@/lib/timeline/filters';
import { fixedQuery } from './statements';

export function upsertCountries(rows: Country[], tx: Executor = getDb()) {
  for (const row of rows) {
    tx.insert(countries)
      .values(row)
      .onConflictDoUpdate({ target: countries.code, set: { name: row.name, region: row.region, subregion: row.subregion } })
      .run();
  }
}

export function upsertInitiatives(rows: readonly { slug: string; name: string; description: string }[], tx: Executor = getDb()) {
  for (const row of rows) {
    tx.insert(initiatives)
      .values(row)
      .onConflictDoUpdate({ target: initiatives.slug, set: { name: sql`excluded.name`, description: sql`excluded.description` } })
      .run();
  }
}

export function listCountries(): Country[] {
  return getDb().select().from(countries).orderBy(asc(countries.name)).all();
}

export function listInitiatives(): Initiative[] {
  return getDb().select().from(initiatives).orderBy(asc(initiatives.name)).all();
}

// Fixed statements (the lists go in as one JSON array), because every event write checks its references.
const list = sql.placeholder('list');
const unknownCodes = fixedQuery(sql`SELECT value FROM json_each(${list}) WHERE value NOT IN (SELECT ${countries.code} FROM ${countries})`);
const unknownSlugs = fixedQuery(sql`SELECT value FROM json_each(${list}) WHERE value NOT IN (SELECT ${initiatives.slug} FROM ${initiatives})`);

/** The given country codes and initiative slugs that do not exist, each list in the order given. */
export function findUnknownReferences(
  { countries: codes = [], initiatives: slugs = [] }: { countries?: string[]; initiatives?: string[] },
  db: Executor = getDb(),
): { countries: string[]; initiatives: string[] } {
  const unknown = (query: typeof unknownCodes, values: string[]) =>
    values.length ? query.all<{ value: string }>(db, { list: JSON.stringify(values) }).map((r) => r.value) : [];
  return { countries: unknown(unknownCodes, codes), initiatives: unknown(unknownSlugs, slugs) };
}

/**
 * Checks the filter's country codes and initiative slugs against the reference tables: unknown ones
 * leave the filter and become errors on their parameter ("Unknown country code XYZ").
 */
export function checkFilterReferences(parsed: ParsedFilter, db: Executor = getDb()): ParsedFilter {
  return rejectUnknown(parsed, findUnknownReferences(parsed.filter, db));
}

export function getCountry(code: string): Country | undefined {
  return getDb().select().from(countries).where(eq(countries.code, code)).get();
}

export function getInitiative(slug: string): Initiative | undefined {
  return getDb().select().from(initiatives).where(eq(initiatives.slug, slug)).get();
}

export function listRegions(): string[] {
  return getDb()
    .selectDistinct({ region: countries.region })
    .from(countries)
    .orderBy(asc(countries.region))
    .all()
    .map((r) => r.region);
}
