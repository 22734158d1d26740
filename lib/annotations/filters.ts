// The annotation list's filters, read from the URL by /annotations and GET /api/annotations with the same
// schemas: lenient for the page (every valid value kept, errors per parameter), strict for the API (a 400
// naming the first bad or unknown parameter). The event filters are the timeline's own (parseFilter).
import { z } from '@/lib/zod';
import { slug } from '@/lib/events/schema';
import {
  EMPTY_FILTER,
  FILTER_PARAMS,
  filterToSearchParams,
  parseFilter,
  type FilterErrors,
  type SearchParamsInput,
  type TimelineFilter,
} from '@/lib/timeline/filters';
import { ANNOTATION_KINDS, CONFIDENCE_LEVELS, LIKELIHOODS, MAX_TAG_LENGTH, type AnnotationKind, type Confidence, type Likelihood } from './vocabulary';

export type AnnotationQuery = {
  /** Only annotations on this event (its own and its sources'). */
  eventId: number | null;
  authorId: number | null;
  kind: AnnotationKind | null;
  tag: string | null;
  likelihood: Likelihood | null;
  confidence: Confidence | null;
};

/** Newest first: only annotations with an id below `before`. */
export type AnnotationPage = { limit: number; before: number | null };

export const EMPTY_ANNOTATION_QUERY: AnnotationQuery = { eventId: null, authorId: null, kind: null, tag: null, likelihood: null, confidence: null };

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/** Annotations per page of /annotations. */
export const LIST_PAGE_SIZE = 25;

// The annotation's own tag is `tag` in the API (issue 9) but `annotationTag` on the page, where `tag` is
// the timeline's event tag, so that a timeline URL's filters mean the same on /annotations.
const OWN_PARAMS = ['event', 'author', 'kind', 'likelihood', 'confidence', 'limit', 'cursor'] as const;
export const API_PARAMS = [...OWN_PARAMS, 'tag'] as const;
export type ApiParam = (typeof API_PARAMS)[number];
export type ListParam = (typeof OWN_PARAMS)[number] | 'annotationTag';
export type AnnotationErrors = Partial<Record<ApiParam | ListParam, string[]>>;

// An opaque keyset cursor: the id the next page starts below.
export function encodeAnnotationCursor(before: number): string {
  return Buffer.from(`a~${before}`, 'utf8').toString('base64url');
}

export function decodeAnnotationCursor(text: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(text)) return null;
  const match = /^a~([1-9]\d{0,15})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}

const positiveId = (what: string) =>
  z.coerce
    .number({ error: `Use the ${what}'s id, a whole number` })
    .int(`Use the ${what}'s id, a whole number`)
    .positive(`Use the ${what}'s id, a whole number`)
    .max(Number.MAX_SAFE_INTEGER);
const schemas = {
  event: positiveId('event'),
  author: positiveId('author'),
  kind: z.enum(ANNOTATION_KINDS, { error: `Use one of ${ANNOTATION_KINDS.join(', ')}` }),
  tag: slug.max(MAX_TAG_LENGTH, `At most ${MAX_TAG_LENGTH} characters`),
  likelihood: z.enum(LIKELIHOODS, { error: `Use one of ${LIKELIHOODS.join(', ')}` }),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: `Use one of ${CONFIDENCE_LEVELS.join(', ')}` }),
  limit: z.coerce.number({ error: 'Use a whole number' }).int('Use a whole number').min(1, 'Use at least 1').max(MAX_LIMIT, `At most ${MAX_LIMIT}`),
};

function valuesOf(params: SearchParamsInput, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // A control left blank submits `key=`: no filter, not an error.
  return raw.map((v) => v.trim()).filter((v) => v !== '');
}

type Parsed = { query: AnnotationQuery; page: AnnotationPage; errors: AnnotationErrors };

function parseOwn(params: SearchParamsInput, tagParam: 'tag' | 'annotationTag', defaultLimit: number): Parsed {
  const errors: AnnotationErrors = {};
  const one = <T>(param: ApiParam | ListParam, schema: z.ZodType<T>): T | null => {
    const values = valuesOf(params, param);
    if (values.length > 1) (errors[param] ??= []).push(`Give ${param} once`);
    if (!values.length) return null;
    const result = schema.safeParse(values[0]);
    if (result.success) return result.data;
    (errors[param] ??= []).push(result.error.issues[0]!.message);
    return null;
  };
  const query: AnnotationQuery = {
    eventId: one('event', schemas.event),
    authorId: one('author', schemas.author),
    kind: one('kind', schemas.kind),
    tag: one(tagParam, schemas.tag),
    likelihood: one('likelihood', schemas.likelihood),
    confidence: one('confidence', schemas.confidence),
  };
  const limit = one('limit', schemas.limit) ?? defaultLimit;
  const cursor = one('cursor', z.string().max(200, 'This page link is not valid; start again from the first page'));
  let before: number | null = null;
  if (cursor !== null) {
    before = decodeAnnotationCursor(cursor);
    if (before === null) (errors.cursor ??= []).push('This page link is not valid; start again from the first page');
  }
  return { query, page: { limit, before }, errors };
}

export type ApiResult = { ok: true; query: AnnotationQuery; page: AnnotationPage } | { ok: false; param: string; message: string; errors: AnnotationErrors };

/** GET /api/annotations: any bad or unknown parameter is a 400 that names it. */
export function parseAnnotationApi(params: URLSearchParams): ApiResult {
  const known = new Set<string>(API_PARAMS);
  const unknown = [...params.keys()].find((k) => !known.has(k));
  const { query, page, errors } = parseOwn(params, 'tag', DEFAULT_LIMIT);
  if (unknown) return { ok: false, param: unknown, message: `Unknown parameter ${unknown}`, errors };
  const first = (Object.keys(errors) as ApiParam[])[0];
  if (first) return { ok: false, param: first, message: `${first}: ${errors[first]!.join('; ')}`, errors };
  return { ok: true, query, page };
}

// On /annotations the timeline's annotation filters are the list's own: `annotationTag` is the tag of the
// annotation itself, and `annotated` says nothing about a list of annotations, so it is dropped.
const EVENT_PARAMS = FILTER_PARAMS.filter((p) => p !== 'annotated' && p !== 'annotationTag');

export type ListFilters = {
  query: AnnotationQuery;
  page: AnnotationPage;
  /** The timeline's filters, restricting the list to annotations of matching events. */
  events: TimelineFilter;
  errors: AnnotationErrors;
  eventErrors: FilterErrors;
};

/** /annotations: the list's own filters and the timeline's event filters, keeping valid values and reporting the rest. */
export function parseAnnotationList(params: SearchParamsInput): ListFilters {
  const own = parseOwn(params, 'annotationTag', LIST_PAGE_SIZE);
  const eventParams = new URLSearchParams();
  for (const p of EVENT_PARAMS) for (const v of valuesOf(params, p)) eventParams.append(p, v);
  const parsed = parseFilter(eventParams);
  // The page's size is fixed; a `limit` in its URL is ignored rather than reported.
  delete own.errors.limit;
  return {
    ...own,
    page: { ...own.page, limit: LIST_PAGE_SIZE },
    events: { ...parsed.filter, annotated: false, annotationTags: [] },
    eventErrors: parsed.errors,
  };
}

/** Whether the timeline filter restricts events at all (annotations of stances then drop out of the list). */
export function hasEventFilter(filter: TimelineFilter): boolean {
  return (
    filter.countries.length > 0 ||
    filter.types.length > 0 ||
    filter.initiatives.length > 0 ||
    filter.tags.length > 0 ||
    filter.from !== null ||
    filter.to !== null ||
    filter.q !== null ||
    filter.minGrade !== null ||
    filter.annotated ||
    filter.annotationTags.length > 0
  );
}

/** The list's URL parameters, in a stable order, so links compare equal. */
export function annotationListParams(query: AnnotationQuery, events: TimelineFilter = EMPTY_FILTER, before: number | null = null): URLSearchParams {
  const out = new URLSearchParams();
  if (query.authorId) out.set('author', String(query.authorId));
  if (query.kind) out.set('kind', query.kind);
  if (query.tag) out.set('annotationTag', query.tag);
  if (query.likelihood) out.set('likelihood', query.likelihood);
  if (query.confidence) out.set('confidence', query.confidence);
  if (query.eventId) out.set('event', String(query.eventId));
  for (const [k, v] of filterToSearchParams(events)) out.append(k, v);
  if (before) out.set('cursor', encodeAnnotationCursor(before));
  return out;
}

export function annotationListHref(query: AnnotationQuery, events: TimelineFilter = EMPTY_FILTER, before: number | null = null): string {
  const params = annotationListParams(query, events, before).toString();
  return params ? `/annotations?${params}` : '/annotations';
}

export type StrictListResult = { ok: true; query: AnnotationQuery; events: TimelineFilter } | { ok: false; param: string; message: string };

/**
 * The filters of /annotations, strictly (for its CSV export): an unknown parameter, a page parameter or
 * a value that does not parse is refused, naming the parameter, rather than dropped.
 */
export function parseAnnotationListStrict(params: URLSearchParams): StrictListResult {
  const known = new Set<string>([...OWN_PARAMS.filter((p) => p !== 'limit' && p !== 'cursor'), 'annotationTag', ...EVENT_PARAMS]);
  const unknown = [...params.keys()].find((k) => !known.has(k));
  if (unknown) return { ok: false, param: unknown, message: `Unknown parameter ${unknown}` };
  const { query, events, errors, eventErrors } = parseAnnotationList(params);
  const [param, messages] = [...Object.entries(errors), ...Object.entries(eventErrors)].find(([, m]) => m?.length) ?? [];
  if (param) return { ok: false, param, message: `${param}: ${messages!.join('; ')}` };
  return { ok: true, query, events };
}
