// Annotation threads as they stood at a moment (a pinned view's pin), rebuilt from their stored versions:
// each annotation as its newest version written by then, none written after, and the history before it.
import type { AnnotationItem, AnnotationThread, AnnotationVersion } from './types';

/** One annotation as it read at `at`, or null when it was not yet written or read privately then. */
function itemAsOf(item: AnnotationItem, versions: AnnotationVersion[], at: string): AnnotationItem | null {
  if (item.createdAt > at) return null;
  const resolved = item.resolvedAt !== null && item.resolvedAt <= at;
  const resolution = resolved ? {} : { resolved: false, resolvedAt: null, resolvedBy: null };
  if (item.updatedAt <= at) return item.visibility === 'team' ? { ...item, ...resolution } : null;
  // Versions are newest first; each holds what the annotation said from its editedAt until the next edit.
  const then = versions.find((v) => v.editedAt <= at);
  if (!then || then.visibility !== 'team') return null;
  const { kind, likelihood, confidence, body, tags, visibility, version, editedAt } = then;
  return { ...item, ...resolution, kind, likelihood, confidence, body, tags, visibility, version, updatedAt: editedAt };
}

/**
 * The team's threads as they read at `at`. An annotation written after `at` is left out. One that now
 * reads privately, or is deleted, is not in `threads` at all and stays out: a later retraction wins over
 * the pin. One that read privately at `at` is left out too, with its thread's replies. A thread's resolved
 * state is its current one if it was resolved by `at`, else open: resolving leaves no version, so one
 * reopened since reads as open (docs/shared-views.md).
 */
export function threadsAsOf(
  threads: AnnotationThread[],
  versions: Record<number, AnnotationVersion[]>,
  at: string,
): { threads: AnnotationThread[]; versions: Record<number, AnnotationVersion[]> } {
  const kept: AnnotationThread[] = [];
  const history: Record<number, AnnotationVersion[]> = {};
  const keep = (item: AnnotationItem) => {
    const then = itemAsOf(item, versions[item.id] ?? [], at);
    if (then) history[then.id] = (versions[then.id] ?? []).filter((v) => v.version < then.version);
    return then;
  };
  for (const thread of threads) {
    const head = keep(thread);
    if (!head) continue;
    kept.push({ ...head, replies: thread.replies.map(keep).filter((r): r is AnnotationItem => r !== null) });
  }
  return { threads: kept, versions: history };
}

/** The versions of each annotation that read for the team: what a reader without sign-in may see of its history. */
export function teamHistory(versions: Record<number, AnnotationVersion[]>): Record<number, AnnotationVersion[]> {
  return Object.fromEntries(Object.entries(versions).map(([id, vs]) => [id, vs.filter((v) => v.visibility === 'team')]));
}
