// The event form's values as the browser holds them, and reading a submitted form back into the nested
// object the `eventInput` schema parses. Shared by the client form and the server actions.
import { isIsoDate, periodStart } from '@/lib/dates';
import type { EventInput } from '@/lib/events/schema';
import { DATE_PRECISIONS, type DatePrecision } from '@/lib/vocabulary';

// A form can name at most this many rows per list; the schema allows 200 at the most.
const MAX_INDEX = 500;
const UNSAFE_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

type Nested = { [key: string]: unknown };

/**
 * Reads a form whose field names are dotted paths (`sources.0.url`) into nested objects and arrays.
 * Names listed in `arrays` always become arrays of all their values (checkbox groups). Holes left by
 * missing indices are closed, so `x.0` and `x.2` read as a two-item array.
 */
export function readNestedForm(formData: FormData, { arrays = [] }: { arrays?: readonly string[] } = {}): Nested {
  const out: Nested = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    const segments = key.split('.');
    if (segments.some((s) => UNSAFE_SEGMENTS.has(s) || s === '')) continue;
    if (segments.some((s) => /^\d+$/.test(s) && Number(s) > MAX_INDEX)) continue;
    setPath(out, segments, arrays.includes(key) ? values : values[values.length - 1]);
  }
  return compact(out) as Nested;
}

function setPath(target: Nested, segments: string[], value: unknown) {
  let node: Nested = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[i + 1]!);
    const existing = node[segment];
    if (typeof existing !== 'object' || existing === null || Array.isArray(existing) !== nextIsIndex) {
      node[segment] = nextIsIndex ? [] : {};
    }
    node = node[segment] as Nested;
  });
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

/** "Supply Chain" → "supply-chain"; accents are dropped, anything else becomes a hyphen. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A comma-separated tag list as slugs, each once, in the order given. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map(toSlug).filter(Boolean))];
}

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/**
 * The field that marks a spare row (`sources.2.spare`): the blank row the form offers for a new entry
 * when rows cannot be added (without JavaScript). A spare row left blank is no row at all.
 */
export const SPARE_ROW_FIELD = 'spare';

const isBlank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '');

/** The rows of a list without the spare rows left blank, and without the spare marker; anything else as it is, for the schema to judge. */
function withoutBlankSpares(rows: unknown): unknown {
  if (!Array.isArray(rows)) return rows ?? [];
  return rows.flatMap((row: unknown) => {
    if (typeof row !== 'object' || row === null || !(SPARE_ROW_FIELD in row)) return [row];
    const { [SPARE_ROW_FIELD]: _marker, ...fields } = row as Nested;
    return Object.values(fields).every(isBlank) ? [] : [fields];
  });
}

/**
 * The event form as the object `eventInput` parses: tags split into slugs, empty optional dates as
 * null, a month or year date moved to the first day of its period (as the form's hint says), and
 * spare rows left blank dropped (a spare row is always the last of its list, so no index moves).
 */
export function readEventForm(formData: FormData): Nested {
  const raw = readNestedForm(formData, { arrays: ['initiatives'] });
  const precision = raw.datePrecision as string;
  const date = typeof raw.date === 'string' ? raw.date.trim() : raw.date;
  return {
    ...raw,
    date:
      typeof date === 'string' && isIsoDate(date) && (DATE_PRECISIONS as readonly string[]).includes(precision)
        ? periodStart(date, precision as DatePrecision)
        : date,
    endDate: blankToNull(raw.endDate),
    tags: typeof raw.tags === 'string' ? parseTags(raw.tags) : [],
    initiatives: raw.initiatives ?? [],
    countries: withoutBlankSpares(raw.countries),
    people: withoutBlankSpares(raw.people),
    sources: Array.isArray(raw.sources)
      ? (withoutBlankSpares(raw.sources) as unknown[]).map((s) =>
          typeof s === 'object' && s !== null ? { ...s, publishedDate: blankToNull((s as Nested).publishedDate) } : s,
        )
      : [],
  };
}

export type SourceFormValues = {
  url: string;
  publisher: string;
  title: string;
  publishedDate: string;
  reliability: string;
  credibility: string;
  quote: string;
};

/** Every field of the event form as text, the way controlled inputs hold it. */
export type EventFormValues = {
  title: string;
  summary: string;
  type: string;
  date: string;
  datePrecision: string;
  endDate: string;
  location: string;
  countries: { code: string; role: string }[];
  initiatives: string[];
  tags: string;
  people: { name: string; capacity: string }[];
  sources: SourceFormValues[];
};

export const EMPTY_SOURCE: SourceFormValues = { url: '', publisher: '', title: '', publishedDate: '', reliability: '', credibility: '', quote: '' };

export const EMPTY_EVENT_FORM: EventFormValues = {
  title: '',
  summary: '',
  type: '',
  date: '',
  datePrecision: 'day',
  endDate: '',
  location: '',
  countries: [],
  initiatives: [],
  tags: '',
  people: [],
  sources: [],
};

/** A stored event (as `toEventInput` gives it) in the form's shape. */
export function toFormValues(input: EventInput): EventFormValues {
  return {
    title: input.title,
    summary: input.summary,
    type: input.type,
    date: input.date,
    datePrecision: input.datePrecision,
    endDate: input.endDate ?? '',
    location: input.location ?? '',
    countries: input.countries.map((c) => ({ code: c.code, role: c.role })),
    initiatives: [...input.initiatives],
    tags: input.tags.join(', '),
    people: input.people.map((p) => ({ name: p.name, capacity: p.capacity ?? '' })),
    sources: input.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedDate: s.publishedDate ?? '',
      reliability: s.reliability,
      credibility: String(s.credibility),
      quote: s.quote ?? '',
    })),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const textRows = (v: unknown) =>
  (withoutBlankSpares(Array.isArray(v) ? v : []) as unknown[]).map((row) => (typeof row === 'object' && row !== null ? (row as Nested) : {}));

/**
 * What a refused save held, in the form's shape, from the `values` its result carries: each submitted
 * field by its name (`sources.0.url`), a checkbox group once per value (`initiatives.0`, `initiatives.1`)
 * or, when one box was ticked, by its own name. Absent fields are blank; spare rows left blank are dropped.
 */
export function eventFormValuesOf(values: Record<string, string>): EventFormValues {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  const raw = readNestedForm(data);
  const initiatives = Array.isArray(raw.initiatives) ? raw.initiatives : [raw.initiatives];
  return {
    title: text(raw.title),
    summary: text(raw.summary),
    type: text(raw.type),
    date: text(raw.date),
    datePrecision: text(raw.datePrecision) || EMPTY_EVENT_FORM.datePrecision,
    endDate: text(raw.endDate),
    location: text(raw.location),
    countries: textRows(raw.countries).map((c) => ({ code: text(c.code), role: text(c.role) })),
    initiatives: initiatives.filter((slug): slug is string => typeof slug === 'string' && slug !== ''),
    tags: text(raw.tags),
    people: textRows(raw.people).map((p) => ({ name: text(p.name), capacity: text(p.capacity) })),
    sources: textRows(raw.sources).map((s) => ({
      url: text(s.url),
      publisher: text(s.publisher),
      title: text(s.title),
      publishedDate: text(s.publishedDate),
      reliability: text(s.reliability),
      credibility: text(s.credibility),
      quote: text(s.quote),
    })),
  };
}

export type EventField = keyof EventFormValues;

/** Whether two form states hold the same value for a field (tags compared as the slugs they save as). */
export function sameField(field: EventField, a: EventFormValues, b: EventFormValues): boolean {
  if (field === 'tags') return parseTags(a.tags).join() === parseTags(b.tags).join();
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

/**
 * A refused save, field by field: of the fields where the saved event (`current`) differs from what
 * was typed, those only the other analyst changed since `base` (the version the form was opened at)
 * are `kept` (the form takes their value), and those both changed are `clashes` (the form keeps ours).
 */
export function reviewConflict({
  differingFields,
  current,
  base,
  typed,
}: {
  differingFields: readonly EventField[];
  current: EventFormValues;
  base: EventFormValues;
  typed: EventFormValues;
}): { kept: EventField[]; clashes: EventField[] } {
  const theirs = differingFields.filter((f) => !sameField(f, current, base));
  return { kept: theirs.filter((f) => sameField(f, typed, base)), clashes: theirs.filter((f) => !sameField(f, typed, base)) };
}
