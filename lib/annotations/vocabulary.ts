// What an annotation can be: a note, or a judgment graded on the ICD 203 scales. Kept apart from the
// event vocabulary because a judgment is the analyst's assessment, never a reported fact.
import { CONFIDENCE_LEVELS, type Confidence } from '@/lib/stances/scale';

export const ANNOTATION_KINDS = ['note', 'judgment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const ANNOTATION_KIND_LABELS: Record<AnnotationKind, string> = { note: 'Note', judgment: 'Judgment' };

/** ICD 203 expressions of likelihood, from least to most likely, with the probability band each stands for. */
export const LIKELIHOODS = ['almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even', 'likely', 'very-likely', 'almost-certain'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export const LIKELIHOOD_LABELS: Record<Likelihood, string> = {
  'almost-no-chance': 'Almost no chance (1–5%)',
  'very-unlikely': 'Very unlikely (5–20%)',
  unlikely: 'Unlikely (20–45%)',
  'roughly-even': 'Roughly even chance (45–55%)',
  likely: 'Likely (55–80%)',
  'very-likely': 'Very likely (80–95%)',
  'almost-certain': 'Almost certain (95–99%)',
};

export { CONFIDENCE_LEVELS, type Confidence };
export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low confidence', moderate: 'Moderate confidence', high: 'High confidence' };

export const VISIBILITIES = ['team', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const VISIBILITY_LABELS: Record<Visibility, string> = { team: 'Team', private: 'Private' };

export const ANNOTATION_TARGETS = ['event', 'source', 'stance'] as const;
export type AnnotationTarget = (typeof ANNOTATION_TARGETS)[number];

export const MAX_BODY = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 64;
export const MAX_QUOTE = 2_000;
