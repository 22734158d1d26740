// The inputs of annotations, checked once here for the server actions, the API and the synthetic loader.
import { z } from '@/lib/zod';
import { parseTags } from '@/lib/events/form';
import {
  ANNOTATION_KINDS,
  ANNOTATION_TARGETS,
  CONFIDENCE_LEVELS,
  LIKELIHOODS,
  MAX_BODY,
  MAX_QUOTE,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  VISIBILITIES,
} from './vocabulary';

const id = (what: string) =>
  z.coerce
    .number({ error: `Unknown ${what}` })
    .int(`Unknown ${what}`)
    .positive(`Unknown ${what}`);
const optionalId = (what: string) => z.preprocess((v) => (v === '' || v === null ? undefined : v), id(what).optional());
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

export const annotationBody = z
  .string({ error: 'Write the annotation' })
  .trim()
  .min(1, 'Write the annotation')
  .max(MAX_BODY, {
    error: (issue) =>
      `At most ${MAX_BODY.toLocaleString('en')} characters (this has ${String(issue.input ?? '')
        .trim()
        .length.toLocaleString('en')})`,
  });

const toTags = (v: string | string[] | undefined) => (v === undefined ? [] : parseTags(typeof v === 'string' ? v : v.join(',')));

/**
 * Tags as a comma-separated text (the form) or a list (the API), each made a slug; bounded in count and
 * length. Checked before the transform, so a bad tag list does not hide the other fields' errors.
 */
export const annotationTags = z
  .union([z.string().max(MAX_TAGS * (MAX_TAG_LENGTH + 2)), z.array(z.string().max(MAX_TAG_LENGTH * 2)).max(MAX_TAGS * 2)], {
    error: `At most ${MAX_TAGS} tags`,
  })
  .optional()
  .superRefine((value, ctx) => {
    const tags = toTags(value);
    if (tags.length > MAX_TAGS) ctx.addIssue({ code: 'custom', message: `At most ${MAX_TAGS} tags (this has ${tags.length})` });
    tags.forEach((tag, i) => {
      if (tag.length > MAX_TAG_LENGTH) ctx.addIssue({ code: 'custom', path: [i], message: `Each tag at most ${MAX_TAG_LENGTH} characters` });
    });
  })
  .transform(toTags);

const judgmentFields = {
  kind: z.enum(ANNOTATION_KINDS, { error: 'Choose a note or a judgment' }).default('note'),
  likelihood: z.preprocess(blank, z.enum(LIKELIHOODS, { error: 'Choose a likelihood from the ICD 203 scale' }).optional()),
  confidence: z.preprocess(blank, z.enum(CONFIDENCE_LEVELS, { error: 'Choose low, moderate or high confidence' }).optional()),
};

// Cross-field checks run even when another field failed, so a form hears about every field at once.
const EVERY_FIELD = { when: () => true };

type Judged = { kind: 'note' | 'judgment'; likelihood?: string; confidence?: string };

/** A judgment needs both grades; a note carries none, so a grade is never shown on something that is not a judgment. */
function checkJudgment(value: Judged, ctx: z.RefinementCtx) {
  if (value.kind === 'judgment') {
    if (!value.likelihood) ctx.addIssue({ code: 'custom', path: ['likelihood'], message: 'A judgment needs a likelihood' });
    if (!value.confidence) ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'A judgment needs a confidence' });
  }
}

const dropGradesOfNotes = <T extends Judged>(value: T) =>
  value.kind === 'note'
    ? { ...value, likelihood: null, confidence: null }
    : { ...value, likelihood: value.likelihood ?? null, confidence: value.confidence ?? null };

export const annotationInput = z
  .object({
    target: z.enum(ANNOTATION_TARGETS, { error: 'Choose what to annotate' }),
    eventId: optionalId('event'),
    sourceId: optionalId('source'),
    stanceId: optionalId('stance'),
    quote: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(MAX_QUOTE, `Quote at most ${MAX_QUOTE.toLocaleString('en')} characters`)
        .optional(),
    ),
    ...judgmentFields,
    body: annotationBody,
    tags: annotationTags,
    visibility: z.enum(VISIBILITIES, { error: 'Choose team or private' }).default('team'),
  })
  .superRefine((value, ctx) => {
    checkJudgment(value, ctx);
    if (value.target === 'event' && !value.eventId) ctx.addIssue({ code: 'custom', path: ['eventId'], message: 'Unknown event' });
    if (value.target === 'source' && !value.sourceId) ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'Unknown source' });
    if (value.target === 'stance' && !value.stanceId) ctx.addIssue({ code: 'custom', path: ['stanceId'], message: 'Unknown stance' });
    if (value.quote && value.target !== 'source') ctx.addIssue({ code: 'custom', path: ['quote'], message: 'Only an annotation of a source quotes a passage' });
  }, EVERY_FIELD)
  .transform(dropGradesOfNotes);
export type AnnotationInput = z.infer<typeof annotationInput>;

/** A reply joins its thread: the thread decides the target and the visibility. */
export const replyInput = z.object({ parentId: id('annotation'), body: annotationBody });
export type ReplyInput = z.infer<typeof replyInput>;

/** An edit names the version it was opened at, so a stale save is refused instead of overwriting. */
export const annotationEditInput = z
  .object({
    version: z.coerce.number().int().positive(),
    ...judgmentFields,
    body: annotationBody,
    tags: annotationTags,
    visibility: z.enum(VISIBILITIES, { error: 'Choose team or private' }).optional(),
  })
  .superRefine(checkJudgment, EVERY_FIELD)
  .transform(dropGradesOfNotes);
export type AnnotationEditInput = z.infer<typeof annotationEditInput>;

export const annotationVersionInput = z.object({ version: z.coerce.number().int().positive() });

export const annotationId = z.tuple([z.number().int().positive()]);
