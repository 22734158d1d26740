// What the view forms send, checked at the boundary. The filter arrives as the timeline's query string
// and is parsed by the timeline's own parser, so a view stores only what the timeline accepts.
import { z } from '@/lib/zod';
import { isIsoDate } from '@/lib/dates';
import { VISIBILITIES } from '@/lib/annotations/vocabulary';
import { parseFilter, type TimelineFilter } from '@/lib/timeline/filters';
import { BRIEFING_MAX, SHARE_DEFAULT_DAYS, SHARE_LABEL_MAX, SHARE_MAX_DAYS, VIEW_FILTER_MAX, VIEW_MODES, VIEW_NAME_MAX } from './vocabulary';

/** The filter a view's query string holds, or the messages of the parameters that did not parse. */
export function parseViewFilter(query: string): { filter: TimelineFilter; errors: string[] } {
  const { filter, errors } = parseFilter(new URLSearchParams(query));
  return { filter, errors: Object.entries(errors).flatMap(([param, messages]) => (messages ?? []).map((m) => `${param}: ${m}`)) };
}

const viewFields = z.object({
  name: z.string({ error: 'Give the view a name' }).trim().min(1, 'Give the view a name').max(VIEW_NAME_MAX, `At most ${VIEW_NAME_MAX} characters`),
  briefing: z
    .string()
    .max(BRIEFING_MAX, `At most ${BRIEFING_MAX.toLocaleString('en')} characters`)
    .default(''),
  mode: z.enum(VIEW_MODES, { error: 'Choose live or pinned' }).default('live'),
  visibility: z.enum(VISIBILITIES, { error: 'Choose team or private' }).default('team'),
  // Checked here, not in the transform, so its errors come back with every other field's.
  filters: z
    .string()
    .max(VIEW_FILTER_MAX, 'These filters are too long to save')
    .default('')
    .superRefine((query, ctx) => {
      for (const message of parseViewFilter(query).errors) ctx.addIssue({ code: 'custom', message });
    }),
});

function toViewInput(v: z.infer<typeof viewFields>) {
  return { name: v.name, briefing: v.briefing, mode: v.mode, visibility: v.visibility, filter: parseViewFilter(v.filters).filter };
}

export const viewInput = viewFields.transform(toViewInput);

/** An edit: the same fields, and the version the editor opened. */
export const viewEditInput = viewFields
  .extend({ version: z.coerce.number({ error: 'Reload the view and try again' }).int().positive().max(Number.MAX_SAFE_INTEGER) })
  .transform((v) => ({ ...toViewInput(v), version: v.version }));

/** Deleting: the version the owner saw. */
export const viewVersionInput = z.object({ version: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const recordId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** The id a view's forms are bound to. */
export const viewId = z.tuple([recordId]);

export const shareLinkInput = z.object({
  label: z.string({ error: 'Say who the link is for' }).trim().min(1, 'Say who the link is for').max(SHARE_LABEL_MAX, `At most ${SHARE_LABEL_MAX} characters`),
  expiresInDays: z.coerce
    .number({ error: `Give a number of days, 1 to ${SHARE_MAX_DAYS}` })
    .int(`Give a whole number of days, 1 to ${SHARE_MAX_DAYS}`)
    .min(1, `Give a number of days, 1 to ${SHARE_MAX_DAYS}`)
    .max(SHARE_MAX_DAYS, `At most ${SHARE_MAX_DAYS} days`)
    .default(SHARE_DEFAULT_DAYS),
});

export const shareLinkId = z.object({ linkId: recordId });

/**
 * A view page's filter parameters: the filter from the view alone, with the URL's page parameters only
 * (cursor, limit) and a date range that narrows the view's own (the chart's bars), so that editing the
 * query string moves through the view's events and never past them. `narrowed` says the URL's range applied.
 */
export function viewPageParams(
  filters: string,
  url: Record<string, string | string[] | undefined>,
): { params: Record<string, string | string[] | undefined>; narrowed: boolean } {
  const stored = Object.fromEntries(new URLSearchParams(filters));
  const date = (v: string | string[] | undefined) => (typeof v === 'string' && isIsoDate(v) ? v : undefined);
  const [fromUrl, toUrl] = [date(url.from), date(url.to)];
  // ISO dates compare as strings; a stored bound that no longer parses is left for parseFilter to report.
  const from = fromUrl && !(stored.from && stored.from > fromUrl) ? fromUrl : stored.from;
  const to = toUrl && !(stored.to && stored.to < toUrl) ? toUrl : stored.to;
  const narrowed = (from !== stored.from || to !== stored.to) && !(from && to && from > to);
  const range = narrowed ? { from, to } : { from: stored.from, to: stored.to };
  return { params: { ...stored, ...range, cursor: url.cursor, limit: url.limit }, narrowed };
}
