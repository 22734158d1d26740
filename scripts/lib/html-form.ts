// Reads a form out of a server-rendered page and fills it in as a browser without JavaScript would submit
// it: every named control with its default (checked boxes and radios only, a select's selected option),
// the hidden fields React writes for a server action included. Enough for the HTML React renders, whose
// attributes are always double-quoted; not a general HTML parser.

export type HtmlForm = { action: string; fields: [string, string][] };

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#x27': "'", '#39': "'", nbsp: '\u00a0' };
const decode = (text: string) => text.replace(/&(#x27|#39|amp|quot|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name]!);

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) map.set(m[1]!.toLowerCase(), decode(m[2] ?? ''));
  return map;
}

const NOT_SUBMITTED = new Set(['submit', 'button', 'reset', 'image', 'file']);

/** The forms of `html` for which `accept` holds (given the form's attributes and inner HTML). */
export function findForms(html: string, accept: (attrs: Map<string, string>, inner: string) => boolean): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = attributes(m[1]!);
    if (accept(attrs, m[2]!)) forms.push({ action: attrs.get('action') ?? '', fields: controls(m[2]!) });
  }
  return forms;
}

function controls(inner: string): [string, string][] {
  const fields: [string, string][] = [];
  let select: { name: string; first?: string; chosen?: string } | null = null;
  const closeSelect = () => {
    const value = select?.chosen ?? select?.first;
    if (select && value !== undefined) fields.push([select.name, value]);
    select = null;
  };
  for (const m of inner.matchAll(/<(input|select|option|textarea)\b([^>]*)>|<\/select>/g)) {
    if (!m[1]) {
      closeSelect();
      continue;
    }
    const attrs = attributes(m[2]!);
    const name = attrs.get('name');
    if (m[1] === 'option') {
      if (!select || attrs.has('disabled')) continue;
      // React always renders an option's value; an option without one submits its text.
      const value = attrs.get('value') ?? decode(inner.slice(m.index! + m[0].length).split('<')[0]!);
      select.first ??= value;
      if (attrs.has('selected')) select.chosen = value;
      continue;
    }
    if (!name || attrs.has('disabled')) continue;
    if (m[1] === 'select') select = { name };
    else if (m[1] === 'textarea') fields.push([name, decode(inner.slice(m.index! + m[0].length).split('</textarea>')[0]!)]);
    else {
      const type = attrs.get('type') ?? 'text';
      if (NOT_SUBMITTED.has(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !attrs.has('checked')) continue;
      fields.push([name, attrs.get('value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '')]);
    }
  }
  return fields;
}

/** The body a browser sends for `form` once the user has set `values` (a name set here replaces all its defaults). */
export function fillForm(form: HtmlForm, values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of form.fields) if (!(name in values)) data.append(name, value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}
