// The shapes of annotations as pages, forms and the API receive them (read in db/queries/annotations.ts).
import type { ActionResult } from '@/lib/action-result';
import type { AnnotationKind, AnnotationTarget, Confidence, Likelihood, Visibility } from './vocabulary';

export type AnnotationItem = {
  id: number;
  target: AnnotationTarget;
  eventId: number | null;
  sourceId: number | null;
  stanceId: number | null;
  parentId: number | null;
  quote: string | null;
  kind: AnnotationKind;
  likelihood: Likelihood | null;
  confidence: Confidence | null;
  body: string;
  tags: string[];
  visibility: Visibility;
  author: { id: number; name: string };
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type AnnotationThread = AnnotationItem & { replies: AnnotationItem[] };

export type AnnotationVersion = {
  version: number;
  kind: AnnotationKind;
  likelihood: Likelihood | null;
  confidence: Confidence | null;
  body: string;
  tags: string[];
  visibility: Visibility;
  editedBy: string | null;
  editedAt: string;
};

/** What an annotation action answers: the written annotation, or on a stale edit the one now stored. */
export type AnnotationResult = ActionResult & { annotation?: AnnotationItem; current?: AnnotationItem };
