// Inputs for the stance ledger and memberships.
import { z } from '@/lib/zod';
import { CONFIDENCE_LEVELS, MEMBERSHIP_ROLES, POSITIONS } from '@/lib/stances/scale';
import { DATE_PRECISIONS } from '@/lib/vocabulary';
import { countryCode, isoDate, slug } from '@/lib/events/schema';
import { latestRecordableDate } from '@/lib/dates';

const notFuture = (d: string) => d <= latestRecordableDate();
const eventIds = z
  .union([z.array(z.coerce.number()), z.coerce.number()])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.number().int('Choose events from the list').positive('Choose events from the list')).max(50))
  // A repeated id would cite the same event twice; keep it once.
  .transform((ids) => [...new Set(ids)]);

export const stanceInput = z.object({
  country: countryCode,
  initiative: slug,
  position: z.enum(POSITIONS, { error: 'Choose a position on the scale, from opposed to committed' }),
  asOf: isoDate.refine(notFuture, 'The as-of date cannot be in the future'),
  asOfPrecision: z.enum(DATE_PRECISIONS, { error: 'Choose day, month or year' }),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: 'Choose low, moderate or high confidence' }),
  rationale: z.string().trim().min(3, 'Say why this is the position (at least 3 characters)').max(5000),
  // Required once the country already has a stance on the subject; the action checks that.
  changeNote: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null),
  evidence: eventIds,
});
export type StanceInput = z.infer<typeof stanceInput>;

/** A correction rewrites an entry in place (audited), so it needs the version the user saw. */
export const stanceCorrectionInput = stanceInput.omit({ country: true, initiative: true }).extend({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().min(3, 'Say what was wrong with the entry').max(2000),
});

export const membershipInput = z
  .object({
    country: countryCode,
    initiative: slug,
    role: z.enum(MEMBERSHIP_ROLES, { error: 'Choose a role' }),
    joined: isoDate.refine(notFuture, 'The joining date cannot be in the future'),
    joinedPrecision: z.enum(DATE_PRECISIONS, { error: 'Choose day, month or year' }),
    left: isoDate
      .optional()
      .or(z.literal('').transform(() => undefined))
      .transform((v) => v ?? null),
    confidence: z.enum(CONFIDENCE_LEVELS, { error: 'Choose low, moderate or high confidence' }),
    note: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => v || null),
    evidence: eventIds,
  })
  .refine((m) => !m.left || m.left >= m.joined, { path: ['left'], message: 'Leaving cannot come before joining' });
export type MembershipInput = z.infer<typeof membershipInput>;
