import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto mt-10 max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">There is nothing at this address. It may have been deleted, or the link is mistyped.</p>
      <Link href="/events" className="mt-4 inline-block text-sm text-blue-700 hover:underline">
        Go to the timeline
      </Link>
    </div>
  );
}
