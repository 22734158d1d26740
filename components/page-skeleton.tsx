// What a slow page shows while its data loads.
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label} className="animate-pulse space-y-4">
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="h-4 w-96 rounded bg-slate-200" />
      <div className="h-64 rounded-lg border border-slate-200 bg-white" />
      <div className="h-40 rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
