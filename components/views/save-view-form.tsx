'use client';
// "Save view" on the timeline, and "Edit view" on a view's page: a name, a briefing note, the mode and
// the visibility, saved with the filters (their canonical query string, in a hidden field).
import { useState } from 'react';
import { editView, saveView } from '@/app/views/actions';
import type { ViewMode } from '@/lib/views/vocabulary';
import type { Visibility } from '@/lib/annotations/vocabulary';
import { BRIEFING_MAX, VIEW_NAME_MAX } from '@/lib/views/vocabulary';
import { buttonClass, Field, FieldErrors, inputClass, secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';

/** The view being edited, at the version its owner opened; absent when saving a new one. */
type Editing = { id: number; version: number; name: string; briefing: string; mode: ViewMode; visibility: Visibility };

export function SaveViewForm({ filters, editing }: { filters: string; editing?: Editing }) {
  const { state, formAction, pending, errors, onSubmit, describedBy, value } = useFormAction(editing ? editView.bind(null, editing.id) : saveView);
  const title = editing ? 'Edit view' : 'Save view';
  // Open again after a refused save (with or without JavaScript), so its errors are seen.
  const [open, setOpen] = useState(() => !!state && !state.ok);
  const choice = (name: string, legend: string, options: [string, string][], fallback: string) => (
    <fieldset aria-describedby={`${name}-error`}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4 text-sm">
        {options.map(([v, label]) => (
          <label key={v} className="flex items-center gap-1.5">
            <input type="radio" name={name} value={v} defaultChecked={value(name, fallback) === v} />
            {label}
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors[name]} />
    </fieldset>
  );
  return (
    <div className="no-print">
      <button type="button" className={secondaryButtonClass} aria-expanded={open} aria-controls="save-view" onClick={() => setOpen(!open)}>
        {title}
      </button>
      <form
        id="save-view"
        key={editing?.version}
        hidden={!open}
        action={formAction}
        onSubmit={onSubmit}
        aria-label={title}
        className="absolute right-4 z-20 mt-2 w-[28rem] max-w-[90vw] space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
      >
        <input type="hidden" name="filters" value={filters} />
        {editing ? <input type="hidden" name="version" value={editing.version} /> : null}
        <Field label="Name" name="name" errors={errors.name}>
          <input
            id="name"
            name="name"
            required
            maxLength={VIEW_NAME_MAX}
            defaultValue={value('name', editing?.name)}
            className={inputClass}
            {...describedBy('name')}
          />
        </Field>
        <Field
          label="Briefing note"
          name="briefing"
          errors={errors.briefing}
          hint="Shown above the timeline. Light Markdown: paragraphs, lists, emphasis, links."
        >
          <textarea
            id="briefing"
            name="briefing"
            rows={5}
            maxLength={BRIEFING_MAX}
            defaultValue={value('briefing', editing?.briefing)}
            className={inputClass}
            {...describedBy('briefing')}
          />
        </Field>
        {choice(
          'mode',
          'Mode',
          [
            ['live', 'Live (always current)'],
            ['pinned', 'Pinned (as it stands now)'],
          ],
          editing?.mode ?? 'live',
        )}
        {choice(
          'visibility',
          'Visibility',
          [
            ['team', 'Team'],
            ['private', 'Private'],
          ],
          editing?.visibility ?? 'team',
        )}
        <FieldErrors id="filters-error" errors={errors.filters} />
        <FormStatus state={state} />
        <button type="submit" className={buttonClass} disabled={pending}>
          {editing ? 'Save changes' : 'Save'}
        </button>
      </form>
    </div>
  );
}
