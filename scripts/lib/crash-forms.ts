// The crash test's writers: each signs in and then, in a loop, opens a form page and posts the form as a
// browser without JavaScript does (the app's forms work that way, tests/e2e/no-javascript.spec.ts). A
// write counts as acknowledged only when the server's answer says it was saved: the redirect to the new
// event or the country page, or the page back with "Annotation added.".
import type { Rng } from './synthetic-words';
import type { CrashWrite, WriteKind } from './crash-check';
import { fillForm, findForms, type HtmlForm } from './html-form';

/** The outcome of one attempt: saved, refused in words (or with an error page), or cut off with no answer. */
export type Attempt = { write: CrashWrite } & ({ outcome: 'acknowledged' } | { outcome: 'cut-off' } | { outcome: 'refused'; answer: string });

export type WriterOptions = {
  base: string;
  email: string;
  password: string;
  /** Resolves when the server answers again; the writers wait on it after a failed request. */
  serverUp: () => Promise<void>;
  stopped: () => boolean;
  rng: Rng;
  /** Tells the writes of this writer apart from every other's: in every marker. */
  name: string;
  onAttempt: (attempt: Attempt) => void;
};

/** A request that never got an answer (connection refused or cut by the kill). */
class NoAnswer extends Error {}

const REQUEST_TIMEOUT_MS = 30_000;
const COUNTRIES = ['NZL', 'AUS', 'JPN', 'TON', 'FJI', 'IND', 'KOR', 'SGP'];
const INITIATIVES = ['pipir', 'aukus', 'aukus-pillar-2', 'quad'];
const POSITIONS = ['opposed', 'critical', 'ambiguous', 'supportive', 'committed'];
/** Demo events to annotate until this writer has one of its own. */
const DEMO_EVENTS = 11;

const pick = <T>(items: readonly T[], rng: Rng) => items[Math.floor(rng() * items.length)]!;
const pastDate = (rng: Rng) => new Date(Date.UTC(2000, 0, 1) + Math.floor(rng() * 24 * 365) * 86_400_000).toISOString().slice(0, 10);

/** A browser's session with the server: its cookies, and requests that either answer or throw NoAnswer. */
class Browser {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(path: string, init: { method?: string; body?: FormData } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        ...init,
        redirect: 'manual',
        headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), origin: this.base, accept: 'text/html' },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new NoAnswer((error as Error).message);
    }
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }

  /** The page's body; the whole body must arrive, or the answer did not. */
  async text(response: Response): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw new NoAnswer((error as Error).message);
    }
  }

  async form(path: string, accept: (attrs: Map<string, string>, inner: string) => boolean): Promise<HtmlForm> {
    const response = await this.request(path);
    const html = await this.text(response);
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}`);
    const [form] = findForms(html, accept);
    if (!form) throw new Error(`GET ${path}: no such form on the page`);
    return form;
  }

  /** Posts `form` as its page would: to its action, which React leaves empty for the page's own URL. */
  post(page: string, form: HtmlForm, values: Record<string, string>) {
    return this.request(form.action || page, { method: 'POST', body: fillForm(form, values) });
  }
}

async function signIn(browser: Browser, email: string, password: string) {
  const form = await browser.form('/login', (_, inner) => inner.includes('name="password"'));
  const response = await browser.post('/login', form, { email, password });
  await browser.text(response);
  if (response.status !== 303) throw new Error(`sign-in as ${email} answered ${response.status}`);
}

const labelled = (label: string) => (attrs: Map<string, string>) => attrs.get('aria-label') === label;
const describe = (response: Response, html: string) =>
  `${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}: ${
    /role="status"[^>]*>(?:<p[^>]*>)?([^<]+)/.exec(html)?.[1] ?? html.replace(/<[^>]+>/g, ' ').slice(0, 120)
  }`;

type Posted = { response: Response; html: string };

/** Opens the form and posts it; NoAnswer before the post means nothing was sent, after it that the write was cut off. */
async function post(browser: Browser, page: string, accept: (attrs: Map<string, string>, inner: string) => boolean, values: Record<string, string>) {
  const form = await browser.form(page, accept);
  return async (): Promise<Posted> => {
    const response = await browser.post(page, form, values);
    return { response, html: await browser.text(response) };
  };
}

const WRITES: Record<WriteKind, (browser: Browser, marker: string, rng: Rng, annotate: number) => Promise<() => Promise<Posted>>> = {
  event: (browser, marker, rng) =>
    post(browser, '/events/new', labelled('Event'), {
      title: marker,
      summary: 'Written by the crash test while the server is killed and restarted.',
      type: 'meeting',
      date: pastDate(rng),
      'sources.0.url': 'https://example.org/crash-test',
      'sources.0.publisher': 'Crash test',
      'sources.0.title': marker,
      'sources.0.reliability': 'B',
      'sources.0.credibility': '2',
    }),
  stance: (browser, marker, rng) =>
    post(browser, `/stances/new?country=${pick(COUNTRIES, rng)}&initiative=${pick(INITIATIVES, rng)}`, labelled('Record a stance'), {
      position: pick(POSITIONS, rng),
      asOf: pastDate(rng),
      rationale: marker,
      changeNote: 'A new entry from the crash test.',
    }),
  annotation: (browser, marker, _rng, eventId) =>
    post(browser, `/events/${eventId}`, (attrs, inner) => attrs.get('aria-label') === 'Add annotation' && inner.includes('name="target" value="event"'), {
      body: marker,
    }),
};

function acknowledged(kind: WriteKind, { response, html }: Posted): { ok: true; id?: number } | { ok: false } {
  const location = response.headers.get('location') ?? '';
  if (kind === 'event' && response.status === 303 && /^\/events\/\d+$/.test(location)) return { ok: true, id: Number(location.split('/')[2]) };
  if (kind === 'stance' && response.status === 303 && /^\/countries\/[A-Z]{3}\?recorded=stance$/.test(location)) return { ok: true };
  if (kind === 'annotation' && response.status === 200 && html.includes('>Annotation added.<')) return { ok: true };
  return { ok: false };
}

/** Writes events, stances and annotations in turn until stopped, reporting every attempt that reached the server. */
export async function runWriter({ base, email, password, serverUp, stopped, rng, name, onAttempt }: WriterOptions): Promise<void> {
  const browser = new Browser(base);
  let signedIn = false;
  let n = 0;
  let ownEvent: number | null = null;
  while (!stopped()) {
    await serverUp();
    if (stopped()) break;
    const kind = (['event', 'stance', 'annotation'] as const)[n % 3]!;
    const write: CrashWrite = { kind, marker: `crash ${name} #${n + 1}` };
    let sent = false;
    try {
      if (!signedIn) {
        await signIn(browser, email, password);
        signedIn = true;
      }
      const send = await WRITES[kind](browser, write.marker, rng, ownEvent ?? 1 + Math.floor(rng() * DEMO_EVENTS));
      sent = true;
      n++;
      const posted = await send();
      const answer = acknowledged(kind, posted);
      if (answer.ok) {
        if (answer.id !== undefined) write.id = ownEvent = answer.id;
        onAttempt({ write, outcome: 'acknowledged' });
      } else {
        // A session must outlive a restart: one the server no longer knows is a failure too, and the writer signs in again.
        if (posted.response.headers.get('location')?.startsWith('/login')) signedIn = false;
        onAttempt({ write, outcome: 'refused', answer: describe(posted.response, posted.html) });
      }
    } catch (error) {
      if (error instanceof NoAnswer) {
        if (sent) onAttempt({ write, outcome: 'cut-off' });
      } else {
        // The server answered, but not with the page or sign-in a browser would get: as much a failure as a refused write.
        onAttempt({ write, outcome: 'refused', answer: (error as Error).message });
        signedIn = false;
      }
      // The kill is under way or the server is starting: give it a moment before asking serverUp again.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
