// The timeline filter: parsed from the URL (the single source of filter state) and written back to it.
// Lenient parsing keeps every valid value and reports the rest per parameter, so a page can show the
// error beside its control and still render; strict parsing is for the API, which answers 400 instead.
import { z } from '@/lib/zod';
import { decodeCursor, type Cursor } from '@/lib/timeline/cursor';
import { isoDate, countryCode, slug } from '@/lib/events/schema';
import { searchCostProblem, toSearchExpression } from '@/lib/timeline/search-query';
import { EVENT_TYPES, type Credibility, type EventType, type Reliability } from '@/lib/vocabulary';

/**
 * A minimum source grade such as B2: an event passes when at least one of its sources is graded at
 * least that well on BOTH axes, i.e. reliability A or B and credibility 1 or 2. F and 6 ("cannot be
 * judged") count as the weakest grades, so they only pass F6.
 */
export type Grade = { reliability: Reliability; credibility: Credibility };

export type TimelineFilter = {
  countries: string[];
  types: EventType[];
  initiatives: string[];
  tags: string[];
  /** Inclusive; an event matches when its span [date, spanEnd] overlaps [from, to]. */
  from: string | null;
  to: string | null;
  q: string | null;
  minGrade: Grade | null;
  /** Only events carrying an annotation the reader may see (the team's, or their own private ones). */
  annotated: boolean;
  /** Only events carrying such an annotation with one of these tags. */
  annotationTags: string[];
};

export type Page = { limit: number; cursor: Cursor | null };

export const FILTER_PARAMS = ['country', 'type', 'initiative', 'tag', 'from', 'to', 'q', 'minGrade', 'annotated', 'annotationTag'] as const;
export const PAGE_PARAMS = ['limit', 'cursor'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number] | (typeof PAGE_PARAMS)[number];
export type FilterErrors = Partial<Record<FilterParam, string[]>>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export const EMPTY_FILTER: TimelineFilter = {
  countries: [],
  types: [],
  initiatives: [],
  tags: [],
  from: null,
  to: null,
  q: null,
  minGrade: null,
  annotated: false,
  annotationTags: [],
};

/** What Next hands a page as `searchParams`, or a URLSearchParams from a route handler. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export type ParsedFilter = { filter: TimelineFilter; page: Page; errors: FilterErrors };

const gradeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-F][1-6]$/, 'Use a grade such as B2 (reliability A–F, credibility 1–6)')
  .transform((g): Grade => ({ reliability: g[0] as Reliability, credibility: Number(g[1]) as Credibility }));
const typeSchema = z.enum(EVENT_TYPES, { error: (issue) => `Unknown event type ${String(issue.input)}` });
const limitSchema = z.coerce.number({ error: 'Use a whole number' }).int('Use a whole number').min(1, 'Use at least 1').max(MAX_LIMIT, `At most ${MAX_LIMIT}`);

function valuesOf(params: SearchParamsInput, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // A control left blank submits `key=`; that means "no filter", not an error.
  return raw.map((v) => v.trim()).filter((v) => v !== '');
}

/** Parses every filter and page parameter, keeping the valid values and an error list per parameter. */
export function parseFilter(params: SearchParamsInput): ParsedFilter {
  const errors: FilterErrors = {};
  const fail = (param: FilterParam, message: string) => (errors[param] ??= []).push(message);

  const many = <T>(param: FilterParam, schema: z.ZodType<T>, label: (v: string) => string): T[] => {
    const out: T[] = [];
    for (const value of valuesOf(params, param)) {
      const result = schema.safeParse(value);
      if (result.success) out.push(result.data);
      else fail(param, `${label(value)}: ${result.error.issues[0]!.message}`);
    }
    return [...new Set(out)];
  };
  const one = <T>(param: FilterParam, schema: z.ZodType<T>): T | null => {
    const values = valuesOf(params, param);
    if (values.length > 1) fail(param, `Give ${param} once`);
    if (!values.length) return null;
    const result = schema.safeParse(values[0]);
    if (result.success) return result.data;
    fail(param, result.error.issues[0]!.message);
    return null;
  };

  const filter: TimelineFilter = {
    countries: many('country', countryCode, (v) => `Country ${v}`),
    types: many('type', typeSchema, (v) => `Type ${v}`),
    initiatives: many('initiative', slug, (v) => `Initiative ${v}`),
    tags: many('tag', slug, (v) => `Tag ${v}`),
    from: one('from', isoDate),
    to: one('to', isoDate),
    q: one('q', z.string().max(500, 'At most 500 characters')),
    minGrade: one('minGrade', gradeSchema),
    annotated: one('annotated', z.enum(['1', 'true'], { error: 'Use annotated=1, or leave it out' })) !== null,
    annotationTags: many('annotationTag', slug.max(64, 'At most 64 characters'), (v) => `Annotation tag ${v.slice(0, 64)}`),
  };
  if (filter.from && filter.to && filter.from > filter.to) {
    fail('to', `The end of the range (${filter.to}) is before its start (${filter.from})`);
    filter.to = null;
  }
  if (filter.q !== null && toSearchExpression(filter.q) === null) {
    fail('q', 'Type a word or a "quoted phrase" to search for');
    filter.q = null;
  }
  const costly = filter.q === null ? null : searchCostProblem(filter.q);
  if (costly) {
    fail('q', costly);
    filter.q = null;
  }

  const limit = one('limit', limitSchema) ?? DEFAULT_LIMIT;
  const cursorText = one('cursor', z.string().max(200, 'This page link is not valid; start again from the first page'));
  let cursor: Cursor | null = null;
  if (cursorText !== null) {
    cursor = decodeCursor(cursorText);
    if (!cursor) fail('cursor', 'This page link is not valid; start again from the first page');
  }
  return { filter, page: { limit, cursor }, errors };
}

export type StrictResult =
  { ok: true; filter: TimelineFilter; page: Page } | { ok: false; status: 400; param: FilterParam; message: string; errors: FilterErrors };

/** For the API: any bad parameter (unknown ones included) is a 400 that names it. */
export function parseFilterStrict(params: SearchParamsInput): StrictResult {
  const parsed = parseFilter(params);
  return strict(parsed, params);
}

/** Turns a lenient result (possibly with reference errors added by a query) into the strict answer. */
export function strict(parsed: ParsedFilter, params?: SearchParamsInput): StrictResult {
  const known = new Set<string>([...FILTER_PARAMS, ...PAGE_PARAMS]);
  const keys = params ? (params instanceof URLSearchParams ? [...params.keys()] : Object.keys(params)) : [];
  const unknown = keys.find((k) => !known.has(k));
  const errors: FilterErrors = unknown ? { ...parsed.errors } : parsed.errors;
  const first = (Object.keys(errors) as FilterParam[])[0];
  if (unknown) {
    return { ok: false, status: 400, param: unknown as FilterParam, message: `Unknown parameter ${unknown}`, errors };
  }
  if (first) return { ok: false, status: 400, param: first, message: `${first}: ${errors[first]!.join('; ')}`, errors };
  return { ok: true, filter: parsed.filter, page: parsed.page };
}

/**
 * Drops values a query found not to exist (e.g. country XYZ) from the filter and reports them, so the
 * rest of the filter still applies.
 */
export function rejectUnknown(parsed: ParsedFilter, unknown: { countries?: string[]; initiatives?: string[] }): ParsedFilter {
  const countries = new Set(unknown.countries ?? []);
  const initiatives = new Set(unknown.initiatives ?? []);
  if (!countries.size && !initiatives.size) return parsed;
  const errors: FilterErrors = { ...parsed.errors };
  if (countries.size) errors.country = [...(errors.country ?? []), ...[...countries].map((c) => `Unknown country code ${c}`)];
  if (initiatives.size) {
    errors.initiative = [...(errors.initiative ?? []), ...[...initiatives].map((s) => `Unknown initiative ${s}`)];
  }
  const filter = {
    ...parsed.filter,
    countries: parsed.filter.countries.filter((c) => !countries.has(c)),
    initiatives: parsed.filter.initiatives.filter((s) => !initiatives.has(s)),
  };
  return { ...parsed, filter, errors };
}

export function formatGrade(grade: Grade): string {
  return `${grade.reliability}${grade.credibility}`;
}

/** The filter (and optionally a page) as URL parameters, in a stable order so links compare equal. */
export function filterToSearchParams(filter: TimelineFilter, page?: Partial<Page> & { cursorText?: string }): URLSearchParams {
  const out = new URLSearchParams();
  for (const c of filter.countries) out.append('country', c);
  for (const t of filter.types) out.append('type', t);
  for (const i of filter.initiatives) out.append('initiative', i);
  for (const t of filter.tags) out.append('tag', t);
  if (filter.from) out.set('from', filter.from);
  if (filter.to) out.set('to', filter.to);
  if (filter.q) out.set('q', filter.q);
  if (filter.minGrade) out.set('minGrade', formatGrade(filter.minGrade));
  if (filter.annotated) out.set('annotated', '1');
  for (const t of filter.annotationTags) out.append('annotationTag', t);
  if (page?.limit !== undefined && page.limit !== DEFAULT_LIMIT) out.set('limit', String(page.limit));
  if (page?.cursorText) out.set('cursor', page.cursorText);
  return out;
}

/** The filter without one value (a chip's "remove" link), or without the whole parameter when no value is given. */
export function withoutFilter(filter: TimelineFilter, param: (typeof FILTER_PARAMS)[number], value?: string): TimelineFilter {
  const drop = <T extends string>(list: T[]) => (value === undefined ? [] : list.filter((v) => v !== value));
  switch (param) {
    case 'country':
      return { ...filter, countries: drop(filter.countries) };
    case 'type':
      return { ...filter, types: drop(filter.types) };
    case 'initiative':
      return { ...filter, initiatives: drop(filter.initiatives) };
    case 'tag':
      return { ...filter, tags: drop(filter.tags) };
    case 'annotationTag':
      return { ...filter, annotationTags: drop(filter.annotationTags) };
    case 'annotated':
      return { ...filter, annotated: false };
    default:
      return { ...filter, [param]: null };
  }
}

export function isEmptyFilter(filter: TimelineFilter): boolean {
  return filterToSearchParams(filter).size === 0;
}
