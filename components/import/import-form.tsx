'use client';
// Choose a CSV, check it (a dry run: every row's errors, or what it would create and update), then import
// it. The file goes to the upload route as the request body; its JSON lines drive the progress bar and,
// at the end, the report. Importing checks the whole file again inside its one transaction.
import Link from 'next/link';
import { useRef, useState } from 'react';
import type { ImportMessage, ImportReport, RunProgress } from '@/lib/import/report';
import { buttonClass, inputClass, secondaryButtonClass } from '../field';

type Stage =
  | { kind: 'idle' }
  | { kind: 'running'; apply: boolean; progress: RunProgress | null; fileBytes: number }
  | { kind: 'done'; apply: boolean; report: ImportReport };

const PHASES = { read: 'Reading the file', check: 'Checking rows', write: 'Writing events' } as const;
const n = (x: number) => x.toLocaleString('en');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

async function upload(file: File, apply: boolean, onMessage: (m: ImportMessage) => void, signal: AbortSignal): Promise<ImportReport> {
  const response = await fetch(`/events/import/upload${apply ? '?apply=1' : ''}`, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'text/csv', 'X-File-Name': encodeURIComponent(file.name) },
    signal,
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, fileError: body?.error ?? `The server refused the file (${response.status}).` };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (!line) continue;
      const message = JSON.parse(line) as ImportMessage;
      if (message.type === 'report') return message.report;
      onMessage(message);
    }
  }
  return { ok: false, fileError: 'The connection closed before the import finished.' };
}

function Progress({ progress, fileBytes, apply }: { progress: RunProgress | null; fileBytes: number; apply: boolean }) {
  const [done, total] = !progress ? [0, 1] : progress.phase === 'read' ? [progress.bytes, fileBytes || 1] : [progress.done, progress.total || 1];
  const label = progress ? PHASES[progress.phase] : apply ? 'Sending the file to import' : 'Sending the file to check';
  return (
    <div className="space-y-1" role="status" aria-live="polite">
      <label htmlFor="import-progress" className="block text-sm text-slate-700">
        {label}
        {progress && progress.phase !== 'read' ? ` (${n(progress.done)} of ${n(progress.total)})` : ''}…
      </label>
      <progress id="import-progress" className="h-2 w-full" value={done} max={total} />
    </div>
  );
}

function HeadRow({ columns }: { columns: string[] }) {
  return (
    <thead className="text-xs uppercase text-slate-500">
      <tr>
        {columns.map((c, i) => (
          <th key={c} scope="col" className={i < columns.length - 1 ? 'py-1 pr-3' : 'py-1'}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function Report({ report, apply, canApply, onApply }: { report: ImportReport; apply: boolean; canApply: boolean; onApply: () => void }) {
  if (!report.ok && report.fileError !== undefined) {
    return (
      <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
        Nothing was imported. {report.fileError}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {report.warnings.length ? (
        <ul aria-label="Warnings" className="list-disc pl-5 text-sm text-amber-800">
          {report.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {!report.ok ? (
        <>
          <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
            Nothing was imported: {plural(report.errorCount, 'error')} in {plural(report.rows, 'row')}. Fix them in the file and check it again.
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Errors by row</caption>
            <HeadRow columns={['Row', 'Column', 'Problem']} />
            <tbody className="divide-y divide-slate-100">
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td className="py-1 pr-3 tabular-nums">{e.row}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{e.column ?? '—'}</td>
                  <td className="py-1">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.errorCount > report.errors.length ? <p className="text-sm text-slate-600">The first {n(report.errors.length)} errors are listed.</p> : null}
        </>
      ) : apply ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
          Imported: created {plural(report.counts.create, 'event')}, updated {plural(report.counts.update, 'event')}; {n(report.counts.unchanged)} unchanged.{' '}
          <Link className="underline" href="/events">
            Open the timeline
          </Link>
        </p>
      ) : (
        <>
          <p role="status" className="text-sm text-slate-700">
            The file is ready to import: it would create {plural(report.counts.create, 'event')} and update {plural(report.counts.update, 'event')};{' '}
            {n(report.counts.unchanged)} {report.counts.unchanged === 1 ? 'row changes' : 'rows change'} nothing. Nothing has been written yet.
          </p>
          {canApply ? (
            <button type="button" className={buttonClass} onClick={onApply} disabled={report.counts.create + report.counts.update === 0}>
              Import {plural(report.counts.create + report.counts.update, 'event')}
            </button>
          ) : null}
          <table className="w-full text-left text-sm">
            <caption className="text-left text-xs text-slate-500">
              What each row would do{report.preview.length < report.rows ? ` (the first ${n(report.preview.length)} rows)` : ''}
            </caption>
            <HeadRow columns={['Row', 'Action', 'Date', 'Title']} />
            <tbody className="divide-y divide-slate-100">
              {report.preview.map((p) => (
                <tr key={p.row}>
                  <td className="py-1 pr-3 tabular-nums">{p.row}</td>
                  <td className="py-1 pr-3">
                    {p.action === 'create' ? 'Create' : p.action === 'update' ? `Update event ${p.id}` : `No change to event ${p.id}`}
                  </td>
                  <td className="py-1 pr-3 tabular-nums">{p.date}</td>
                  <td className="py-1">{p.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

export function ImportForm({ maxSize }: { maxSize: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = async (apply: boolean) => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'running', apply, progress: null, fileBytes: file.size });
    try {
      const report = await upload(
        file,
        apply,
        (m) => m.type === 'progress' && setStage({ kind: 'running', apply, progress: m, fileBytes: file.size }),
        controller.signal,
      );
      setStage({ kind: 'done', apply, report });
    } catch (error) {
      const stopped = controller.signal.aborted;
      setStage({
        kind: 'done',
        apply,
        report: { ok: false, fileError: stopped ? 'You stopped the import; nothing was written.' : `The upload failed: ${(error as Error).message}` },
      });
    }
  };

  return (
    <div className="space-y-5">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            CSV file
          </label>
          <p id="import-file-hint" className="text-xs text-slate-500">
            UTF-8, in the format of an events export; at most {maxSize}.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            className={`mt-1 ${inputClass}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStage({ kind: 'idle' });
            }}
          />
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={!file || stage.kind === 'running'}>
          Check file
        </button>
        {stage.kind === 'running' ? (
          <button type="button" className={secondaryButtonClass} onClick={() => abort.current?.abort()}>
            Stop
          </button>
        ) : null}
      </form>
      {stage.kind === 'running' ? <Progress progress={stage.progress} fileBytes={stage.fileBytes} apply={stage.apply} /> : null}
      {stage.kind === 'done' ? <Report report={stage.report} apply={stage.apply} canApply={!stage.apply} onApply={() => void run(true)} /> : null}
    </div>
  );
}
