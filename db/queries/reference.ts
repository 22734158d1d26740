// Reference data: countries and initiatives.
import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, initiatives, type Country, type Initiative } from '@/db/schema';
import { rejectUnknown, type ParsedFilter } from '@/lib/timeline/filters';

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

/** The given country codes and initiative slugs that do not exist, each list in the order given. */
export function findUnknownReferences(
  { countries: codes = [], initiatives: slugs = [] }: { countries?: string[]; initiatives?: string[] },
  db: Executor = getDb(),
): { countries: string[]; initiatives: string[] } {
  const knownCodes = codes.length
    ? new Set(
        db
          .select({ code: countries.code })
          .from(countries)
          .where(inArray(countries.code, codes))
          .all()
          .map((r) => r.code),
      )
    : new Set<string>();
  const knownSlugs = slugs.length
    ? new Set(
        db
          .select({ slug: initiatives.slug })
          .from(initiatives)
          .where(inArray(initiatives.slug, slugs))
          .all()
          .map((r) => r.slug),
      )
    : new Set<string>();
  return { countries: codes.filter((c) => !knownCodes.has(c)), initiatives: slugs.filter((s) => !knownSlugs.has(s)) };
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
