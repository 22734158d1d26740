'use client';
// Unexpected failures: a plain apology and a retry, never a stack trace. The server log has the details.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-10 max-w-md rounded-lg border border-rose-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-slate-600">
        Watchfloor could not show this page. Try again; if it keeps happening, give your admin this reference: {error.digest ?? 'none'}.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
        Try again
      </button>
    </div>
  );
}
