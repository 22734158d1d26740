import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportForm } from '@/components/import/import-form';
import { requirePermission } from '@/lib/auth/guard';
import { formatBytes, IMPORT_LIMITS, REQUIRED_FOR_NEW } from '@/lib/import/columns';

export const metadata: Metadata = { title: 'Import events' };

export default async function ImportEventsPage() {
  await requirePermission('write');
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Import events</h1>
        <p className="text-sm text-slate-600">
          Bring events in from a spreadsheet in the format of an events export (
          <Link className="underline" href="/events">
            Export CSV
          </Link>{' '}
          on the timeline gives one). Check the file first: you will see every row’s problems, or what it would create and update, before anything is written.
          The import itself is all or nothing.
        </p>
        <ul className="list-disc pl-5 text-sm text-slate-600">
          <li>
            A row without an <code>id</code> creates an event; it needs{' '}
            {REQUIRED_FOR_NEW.map((c, i) => (
              <span key={c}>
                {i ? ', ' : ''}
                <code>{c}</code>
              </span>
            ))}
            .
          </li>
          <li>
            A row with an <code>id</code> and the <code>version</code> it was exported at updates that event, unless someone has changed it since. Columns the
            file leaves out keep their values.
          </li>
          <li>
            <code>countries</code> lists codes such as <code>NZL; USA:host</code> (no role means participant). Countries and initiatives must already exist.
          </li>
          <li>
            Computed columns (<code>best_source_grade</code>, <code>annotation_count</code>, <code>created_at</code>, <code>updated_at</code>,{' '}
            <code>source_urls</code>) and columns the importer does not know are ignored, with a warning.
          </li>
          <li>
            At most {formatBytes(IMPORT_LIMITS.maxBytes)} and {IMPORT_LIMITS.maxRows.toLocaleString('en')} rows per file.
          </li>
        </ul>
      </div>
      <ImportForm maxSize={formatBytes(IMPORT_LIMITS.maxBytes)} />
    </div>
  );
}
