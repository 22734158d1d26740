// The small uppercase heading that opens a section of a detail page (event, country, initiative).
import type { ReactNode } from 'react';

export const sectionTitle = 'mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500';

/** The section points at it with aria-labelledby={id}. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className={sectionTitle}>
      {children}
    </h2>
  );
}
