// Reference data: countries and initiatives.
import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, initiatives, type Country, type Initiative } from '@/db/schema';

export function upsertCountries(rows: Country[], tx: Executor = getDb()) {
  for (const row of rows) {
    tx.insert(countries)
      .values(row)
      .onConflictDoUpdate({ target: countries.code, set: { name: row.name, region: row.region, subregion: row.subregion } })
      .run();
  }
}

export function upsertInitiatives(
  rows: readonly { slug: string; name: string; description: string }[],
  tx: Executor = getDb(),
) {
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
