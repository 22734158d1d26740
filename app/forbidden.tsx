import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto mt-10 max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-sm text-slate-600">Your role does not give access to this page. Ask an admin if you need it.</p>
      <Link href="/" className="mt-4 inline-block text-sm text-blue-700 hover:underline">
        Back to the overview
      </Link>
    </div>
  );
}
