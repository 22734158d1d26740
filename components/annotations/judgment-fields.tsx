'use client';
// The kind, grades, tags and visibility of an annotation, shared by the add and edit forms. Ids carry the
// form's prefix, so several forms can sit on one page.
import { useState } from 'react';
import {
  ANNOTATION_KIND_LABELS,
  ANNOTATION_KINDS,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  LIKELIHOOD_LABELS,
  LIKELIHOODS,
  VISIBILITIES,
  VISIBILITY_LABELS,
} from '@/lib/annotations/vocabulary';
import { FieldErrors, inputClass } from '../field';

type Wiring = (name: string) => { 'aria-describedby': string; 'aria-invalid': boolean };

type Props = {
  prefix: string;
  errors: Record<string, string[]>;
  wiring: Wiring;
  value: (name: string, fallback?: string) => string;
  /** Replies and edits of replies are notes in their thread; only a thread chooses its visibility. */
  showVisibility: boolean;
};

export function JudgmentFields({ prefix, errors, wiring, value, showVisibility }: Props) {
  const [kind, setKind] = useState(value('kind', 'note'));
  const id = (name: string) => `${prefix}-${name}`;
  const described = (name: string) => ({ ...wiring(name), 'aria-describedby': `${id(name)}-error` });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Kind</legend>
        <div className="mt-1 flex gap-3 text-sm">
          {ANNOTATION_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-1.5">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {ANNOTATION_KIND_LABELS[k]}
            </label>
          ))}
        </div>
        <FieldErrors id={`${id('kind')}-error`} errors={errors.kind} />
      </fieldset>
      {showVisibility ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Visibility</legend>
          <div className="mt-1 flex gap-3 text-sm">
            {VISIBILITIES.map((v) => (
              <label key={v} className="flex items-center gap-1.5">
                <input type="radio" name="visibility" value={v} defaultChecked={value('visibility', 'team') === v} />
                {VISIBILITY_LABELS[v]}
              </label>
            ))}
          </div>
          <FieldErrors id={`${id('visibility')}-error`} errors={errors.visibility} />
        </fieldset>
      ) : null}
      {/* Without JavaScript both grades show; the server ignores them on a note. */}
      <div className={kind === 'judgment' ? '' : 'hidden noscript:block'}>
        <label htmlFor={id('likelihood')} className="block text-sm font-medium text-slate-700">
          Likelihood
        </label>
        <select id={id('likelihood')} name="likelihood" defaultValue={value('likelihood')} className={`${inputClass} mt-1`} {...described('likelihood')}>
          <option value="">Choose (ICD 203)…</option>
          {LIKELIHOODS.map((l) => (
            <option key={l} value={l}>
              {LIKELIHOOD_LABELS[l]}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id('likelihood')}-error`} errors={errors.likelihood} />
      </div>
      <div className={kind === 'judgment' ? '' : 'hidden noscript:block'}>
        <label htmlFor={id('confidence')} className="block text-sm font-medium text-slate-700">
          Confidence
        </label>
        <select id={id('confidence')} name="confidence" defaultValue={value('confidence')} className={`${inputClass} mt-1`} {...described('confidence')}>
          <option value="">Choose…</option>
          {CONFIDENCE_LEVELS.map((c) => (
            <option key={c} value={c}>
              {CONFIDENCE_LABELS[c]}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id('confidence')}-error`} errors={errors.confidence} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id('tags')} className="block text-sm font-medium text-slate-700">
          Tags
        </label>
        <p className="text-xs text-slate-500">Comma-separated, up to 20, such as “industry, follow-up”.</p>
        <input id={id('tags')} name="tags" defaultValue={value('tags')} maxLength={1400} className={`${inputClass} mt-1`} {...described('tags')} />
        <FieldErrors id={`${id('tags')}-error`} errors={Object.entries(errors).flatMap(([k, v]) => (k === 'tags' || k.startsWith('tags.') ? v : []))} />
      </div>
    </div>
  );
}
