// Without JavaScript no row can be added, so each list of the event form also offers one blank row inside
// <noscript>: a browser running scripts never shows it (and React renders what is inside a <noscript> only
// on the server), and a save drops it when it is left blank (SPARE_ROW_FIELD in lib/events/form.ts).
import type { ChangeEvent, ReactNode } from 'react';
import { SPARE_ROW_FIELD } from '@/lib/events/form';

export function SpareRow({ list, index, children }: { list: 'countries' | 'people' | 'sources'; index: number; children: ReactNode }) {
  return (
    <noscript>
      <ol start={index + 1} className="mt-3 space-y-3">
        {children}
      </ol>
      <input type="hidden" name={`${list}.${index}.${SPARE_ROW_FIELD}`} value="1" />
    </noscript>
  );
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A control's value and change handler in a row the form holds; nothing (a blank, uncontrolled control) in the spare row. */
export function bind<R extends Record<string, string>>(row: R | undefined, key: keyof R & string, onChange?: (patch: Partial<R>) => void) {
  if (!row || !onChange) return {};
  return { value: row[key], onChange: (e: ChangeEvent<Control>) => onChange({ [key]: e.target.value } as Partial<R>) };
}
