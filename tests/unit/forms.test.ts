import { describe, expect, it } from 'vitest';
import { submittedList } from '@/components/use-form-action';
import {
  EMPTY_EVENT_FORM,
  eventFormValuesOf,
  parseTags,
  readEventForm,
  readNestedForm,
  reviewConflict,
  sameField,
  toFormValues,
  toSlug,
} from '@/lib/events/form';
import { eventInput } from '@/lib/events/schema';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe('readNestedForm', () => {
  it('reads dotted paths into nested objects and arrays, closing holes', () => {
    const data = form([
      ['title', 'T'],
      ['sources.0.url', 'https://a.example'],
      ['sources.0.title', 'A'],
      ['sources.2.url', 'https://c.example'],
      ['people.1.name', 'Ana'],
      ['$ACTION_ID_x', ''],
    ]);
    expect(readNestedForm(data)).toEqual({
      title: 'T',
      sources: [{ url: 'https://a.example', title: 'A' }, { url: 'https://c.example' }],
      people: [{ name: 'Ana' }],
    });
  });

  it('reads checkbox groups as arrays, even of one', () => {
    expect(readNestedForm(form([['initiatives', 'pipir']]), { arrays: ['initiatives'] })).toEqual({ initiatives: ['pipir'] });
    expect(
      readNestedForm(
        form([
          ['initiatives', 'a'],
          ['initiatives', 'b'],
        ]),
        { arrays: ['initiatives'] },
      ),
    ).toEqual({ initiatives: ['a', 'b'] });
  });

  it('ignores prototype keys and absurd indices', () => {
    const read = readNestedForm(
      form([
        ['__proto__.polluted', 'x'],
        ['a.constructor.prototype.x', 'y'],
        ['sources.99999999.url', 'u'],
        ['ok', '1'],
      ]),
    );
    expect(read).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tags', () => {
  it('normalises free text to slugs, each once', () => {
    expect(toSlug('  Supply Chain ')).toBe('supply-chain');
    expect(toSlug('Défense & Sécurité')).toBe('defense-securite');
    expect(parseTags('Supply chain, AUKUS,, aukus , ')).toEqual(['supply-chain', 'aukus']);
  });
});

describe('readEventForm', () => {
  const base: [string, string][] = [
    ['title', 'Roundtable in Wellington'],
    ['summary', ''],
    ['type', 'meeting'],
    ['date', '2024-10-17'],
    ['datePrecision', 'month'],
    ['endDate', ''],
    ['location', ''],
    ['tags', 'Industry, supply chain'],
  ];

  it('gives what eventInput accepts: blank optional dates as null, month dates at the first of the month', () => {
    const data = form([
      ...base,
      ['countries.0.code', 'nzl'],
      ['countries.0.role', 'host'],
      ['sources.0.url', 'https://example.org/a'],
      ['sources.0.publisher', 'RNZ'],
      ['sources.0.title', 'Report'],
      ['sources.0.publishedDate', ''],
      ['sources.0.reliability', 'B'],
      ['sources.0.credibility', '2'],
      ['sources.0.quote', ''],
    ]);
    const parsed = eventInput.parse(readEventForm(data));
    expect(parsed).toMatchObject({
      date: '2024-10-01',
      endDate: null,
      location: null,
      tags: ['industry', 'supply-chain'],
      initiatives: [],
      people: [],
      countries: [{ code: 'NZL', role: 'host' }],
      sources: [{ publishedDate: null, credibility: 2, quote: null }],
    });
  });

  it('leaves a bad date for the schema to report', () => {
    const data = form(base.map(([k, v]) => [k, k === 'date' ? '2024-02-30' : v]));
    expect(readEventForm(data).date).toBe('2024-02-30');
  });

  it('round-trips a stored event through the form values', () => {
    const input = eventInput.parse({
      title: 'Roundtable',
      type: 'meeting',
      date: '2024-10-07',
      datePrecision: 'day',
      tags: ['industry', 'supply-chain'],
      people: [{ name: 'Ana', capacity: null }],
      sources: [{ url: 'https://example.org/a', publisher: 'RNZ', title: 'Report', reliability: 'B', credibility: 2 }],
    });
    const values = toFormValues(input);
    expect(values.tags).toBe('industry, supply-chain');
    expect(values.sources[0]).toMatchObject({ credibility: '2', publishedDate: '', quote: '' });
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') data.set(k, v);
    values.people.forEach((p, i) => Object.entries(p).forEach(([k, v]) => data.set(`people.${i}.${k}`, v)));
    values.sources.forEach((s, i) => Object.entries(s).forEach(([k, v]) => data.set(`sources.${i}.${k}`, v)));
    expect(eventInput.parse(readEventForm(data))).toEqual(input);
  });
});

describe('spare rows', () => {
  const basics: [string, string][] = [
    ['title', 'Roundtable in Suva'],
    ['type', 'meeting'],
    ['date', '2024-11-12'],
    ['datePrecision', 'day'],
  ];
  const blankSpareSource: [string, string][] = ['url', 'publisher', 'title', 'publishedDate', 'reliability', 'credibility', 'quote']
    .map((f): [string, string] => [`sources.0.${f}`, ''])
    .concat([['sources.0.spare', '1']]);

  it('drops a spare row left blank, so a form sent without JavaScript need not fill it', () => {
    const data = form([
      ...basics,
      ['countries.0.code', ''],
      ['countries.0.role', ''],
      ['countries.0.spare', '1'],
      ['people.0.name', ' '],
      ['people.0.spare', '1'],
      ...blankSpareSource,
    ]);
    const read = readEventForm(data);
    expect(read).toMatchObject({ countries: [], people: [], sources: [] });
    expect(eventInput.safeParse(read).success).toBe(true);
  });

  it('keeps a spare row with anything in it, without its marker, for the schema to judge at its index', () => {
    const data = form([
      ...basics,
      ['countries.0.code', 'FJI'],
      ['countries.0.role', 'host'],
      ['countries.1.code', 'TON'],
      ['countries.1.role', ''],
      ['countries.1.spare', '1'],
    ]);
    expect(readEventForm(data).countries).toEqual([
      { code: 'FJI', role: 'host' },
      { code: 'TON', role: '' },
    ]);
    const parsed = eventInput.safeParse(readEventForm(data));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['countries.1.role']);
  });

  it('leaves a blank row that is not a spare for the schema to report', () => {
    const parsed = eventInput.safeParse(readEventForm(form([...basics, ['people.0.name', ''], ['people.0.capacity', '']])));
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['people.0.name']);
  });
});

describe('eventFormValuesOf', () => {
  it('reads the values a refused save returns back into the form, rows and checkbox groups included', () => {
    const values = {
      title: 'Roundtable',
      type: '',
      date: '2024-11-12',
      datePrecision: 'month',
      tags: 'Pacific, Defence Talks',
      'countries.0.code': 'FJI',
      'countries.0.role': 'host',
      'countries.1.code': '',
      'countries.1.role': '',
      'countries.1.spare': '1',
      'initiatives.0': 'pipir',
      'initiatives.1': 'quad',
      'sources.0.url': 'not a url',
      'sources.0.publisher': 'RNZ',
      'sources.0.credibility': '2',
    };
    expect(eventFormValuesOf(values)).toEqual({
      ...EMPTY_EVENT_FORM,
      title: 'Roundtable',
      date: '2024-11-12',
      datePrecision: 'month',
      tags: 'Pacific, Defence Talks',
      countries: [{ code: 'FJI', role: 'host' }],
      initiatives: ['pipir', 'quad'],
      sources: [{ url: 'not a url', publisher: 'RNZ', title: '', publishedDate: '', reliability: '', credibility: '2', quote: '' }],
    });
  });

  it('takes a single ticked box by its own name, and blanks for whatever is missing', () => {
    expect(eventFormValuesOf({ initiatives: 'pipir' })).toEqual({ ...EMPTY_EVENT_FORM, initiatives: ['pipir'] });
    expect(eventFormValuesOf({})).toEqual(EMPTY_EVENT_FORM);
  });

  it('reads what a form sent, flattened by field name, back to the values it was drawn from', () => {
    const values = toFormValues(
      eventInput.parse({
        title: 'Roundtable',
        type: 'meeting',
        date: '2024-10-07',
        datePrecision: 'day',
        countries: [{ code: 'NZL', role: 'host' }],
        initiatives: ['pipir'],
        tags: ['industry'],
        people: [{ name: 'Ana', capacity: 'Minister' }],
        sources: [{ url: 'https://example.org/a', publisher: 'RNZ', title: 'Report', reliability: 'B', credibility: 2 }],
      }),
    );
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') flat[k] = v;
    for (const list of ['countries', 'people', 'sources'] as const) {
      values[list].forEach((row, i) => Object.entries(row).forEach(([k, v]) => (flat[`${list}.${i}.${k}`] = v)));
    }
    values.initiatives.forEach((slug, i) => (flat[`initiatives.${i}`] = slug));
    expect(eventFormValuesOf(flat)).toEqual(values);
  });
});

describe('submittedList', () => {
  it('reads a checkbox group from a refused form’s values: one box by its name, several by index', () => {
    expect(submittedList({ evidence: '3' }, 'evidence')).toEqual(['3']);
    expect(submittedList({ 'evidence.0': '3', 'evidence.1': '5' }, 'evidence')).toEqual(['3', '5']);
    expect(submittedList({ rationale: 'x' }, 'evidence')).toBeUndefined();
    expect(submittedList(undefined, 'evidence')).toBeUndefined();
  });
});

describe('reviewConflict', () => {
  const base = { ...EMPTY_EVENT_FORM, title: 'Opened', summary: 'Opened', location: 'Opened', tags: 'industry' };

  it('keeps what only they changed, keeps ours where both changed, and leaves our own changes alone', () => {
    const current = { ...base, title: 'Theirs', location: 'Theirs' };
    const typed = { ...base, summary: 'Mine', location: 'Mine', tags: 'Industry' };
    const differingFields = (['title', 'summary', 'location'] as const).filter((f) => !sameField(f, current, typed));
    expect(differingFields).toEqual(['title', 'summary', 'location']);
    expect(reviewConflict({ differingFields, current, base, typed })).toEqual({ kept: ['title'], clashes: ['location'] });
  });

  it('compares tags as the slugs they are saved as', () => {
    expect(sameField('tags', { ...base, tags: 'Supply Chain, AUKUS' }, { ...base, tags: 'supply-chain,aukus' })).toBe(true);
  });
});
