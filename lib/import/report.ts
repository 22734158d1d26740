// What an import tells whoever ran it (the page, the terminal): progress as it goes, then one report.
import type { ReadProgress, RowError } from './read';

export type ImportCounts = { create: number; update: number; unchanged: number };

export type ImportProgress = { phase: 'check' | 'write'; done: number; total: number };

export type RunProgress = ({ phase: 'read' } & ReadProgress) | ImportProgress;

export type PreviewRow = { row: number; action: 'create' | 'update' | 'unchanged'; id: number | null; date: string; title: string };

export type ImportReport =
  | { ok: false; fileError: string }
  | { ok: false; fileError?: undefined; rows: number; warnings: string[]; errors: RowError[]; errorCount: number }
  | { ok: true; dryRun: boolean; rows: number; warnings: string[]; counts: ImportCounts; preview: PreviewRow[] };

/** One line of the upload route's response (and of `npm run import -- --json`). */
export type ImportMessage = ({ type: 'progress'; fileBytes: number } & RunProgress) | { type: 'report'; report: ImportReport };
