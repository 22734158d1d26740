// The tables whose rows carry copies of their event (migration 0008; docs/adding-a-filter.md), each with
// its key and its month rollup, and the statement that writes the copies from the `<table>_derived` view.
// Shared by the two writers that set the triggers aside: the synthetic bulk load and an import's new events.

/** The event and the tables of what an analyst enters with it: those whose triggers keep the derived data. */
export const EVENT_TABLES = ['events', 'event_countries', 'event_initiatives', 'event_tags', 'event_people', 'sources'];

export const FILTER_TABLES = [
  { table: 'event_countries', key: ['event_id', 'country_code', 'role'], rollup: 'event_country_month_counts', by: 'country_code' },
  { table: 'event_initiatives', key: ['event_id', 'initiative_id'], rollup: 'event_initiative_month_counts', by: 'initiative_id' },
  { table: 'event_tags', key: ['event_id', 'tag'], rollup: 'event_tag_month_counts', by: 'tag' },
] as const;

export type FilterTable = (typeof FILTER_TABLES)[number];

/** The month rollups; each has a view of the same name + `_derived` with its columns, in order. */
export const ROLLUPS = ['event_month_counts', ...FILTER_TABLES.map((f) => f.rollup)];

/**
 * SQL text: each row of `f.table` whose view row `d` matches `where` gets its copies (date, span end, type,
 * listed) as the *_derive_insert triggers would write them; rows already right are left alone.
 */
export function copiesFromDerived(f: FilterTable, where = 'true'): string {
  const on = f.key.map((k) => `${f.table}.${k} = d.${k}`).join(' AND ');
  return `UPDATE ${f.table} SET date = d.date, span_end = d.span_end, type = d.type, listed = d.listed
    FROM ${f.table}_derived d WHERE (${where}) AND ${on}
    AND (${f.table}.date, ${f.table}.span_end, ${f.table}.type, ${f.table}.listed) IS NOT (d.date, d.span_end, d.type, d.listed)`;
}
