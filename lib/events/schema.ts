// The shape of an event as analysts write it: validated here once, for forms, the seed and the API.
import { z } from '@/lib/zod';
import { DATE_RANGE, inDateRange, isIsoDate } from '@/lib/dates';
import { CREDIBILITY_GRADES, DATE_PRECISIONS, EVENT_TYPES, RELIABILITY_GRADES } from '@/lib/vocabulary';

export const isoDate = z
  .string()
  .trim()
  .max(10, 'Use a real date written YYYY-MM-DD')
  .refine(isIsoDate, 'Use a real date written YYYY-MM-DD')
  .refine(inDateRange, `Use a date between ${DATE_RANGE.earliest} and ${DATE_RANGE.latest}`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use an ISO 3166-1 alpha-3 code such as NZL');
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(64, 'At most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens');

export const sourceInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'Use a full http(s) address' }),
  publisher: z.string().trim().min(1, 'Name the publisher').max(200),
  title: z.string().trim().min(1, 'Give the title').max(500),
  publishedDate: isoDate
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  reliability: z.enum(RELIABILITY_GRADES, { error: 'Choose a reliability grade A–F' }),
  credibility: z.coerce
    .number()
    .int()
    .refine((n) => (CREDIBILITY_GRADES as readonly number[]).includes(n), 'Choose a credibility grade 1–6'),
  quote: optionalText(2000),
});

export const eventInput = z
  .object({
    title: z.string().trim().min(3, 'Give a title of at least 3 characters').max(300, 'At most 300 characters'),
    summary: z.string().trim().max(10000, 'At most 10,000 characters').default(''),
    type: z.enum(EVENT_TYPES, { error: 'Choose an event type' }),
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS, { error: 'Choose day, month or year' }),
    endDate: isoDate
      .optional()
      .nullable()
      .transform((v) => v ?? null),
    location: optionalText(200),
    countries: z
      .array(z.object({ code: countryCode, role: slug }))
      .max(200)
      .default([]),
    initiatives: z.array(slug).max(50).default([]),
    tags: z.array(slug).max(50).default([]),
    people: z
      .array(z.object({ name: z.string().trim().min(1, 'Give the person’s name').max(200), capacity: optionalText(200) }))
      .max(100)
      .default([]),
    sources: z.array(sourceInput).max(50).default([]),
  })
  .superRefine((e, ctx) => {
    if (e.endDate && e.endDate < e.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must not be before the start date' });
    }
  });

export type EventInput = z.infer<typeof eventInput>;
export type EventInputRaw = z.input<typeof eventInput>;
export type SourceInput = z.infer<typeof sourceInput>;
