// Every server action and route handler authorizes itself: an anonymous caller is refused by each one,
// found by walking app/, so a new action or route without a guard fails here.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { insertUser, setUserDisabled, setUserPassword } from '@/db/queries/users';
import { getCurrentUser } from '@/lib/auth/guard';
import { seedReferenceData } from '@/db/seed';
import { unwrap } from '@/lib/write-result';

const APP = path.resolve('app');

function walk(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full, name);
    return e.name === name ? [full] : [];
  });
}

// Actions an anonymous caller must be able to use, and why.
const PUBLIC_ACTIONS = new Set(['app/login/actions.ts#signInAction', 'app/login/actions.ts#signOutAction']);
// Actions a viewer may use: their own password and sessions.
const VIEWER_ACTIONS = new Set([
  'app/account/actions.ts#changeOwnPassword',
  'app/account/actions.ts#endOwnSession',
  'app/account/actions.ts#signOutEverywhere',
]);
// Routes an anonymous caller must be able to use, and why: health is for load balancers and Playwright.
// Reached without a session: the health check, and a share link's feed and CSV (each asks authorizeShareToken).
const PUBLIC_ROUTES = new Set(['app/api/health/route.ts#GET', 'app/shared/[token]/feed.xml/route.ts#GET', 'app/shared/[token]/events.csv/route.ts#GET']);

function plausibleForm(): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    id: '1',
    email: 'x@example.org',
    name: 'X',
    role: 'admin',
    title: 'T',
    type: 'meeting',
    date: '2024-01-01',
    datePrecision: 'day',
  })) {
    form.set(k, v);
  }
  return form;
}

let viewerId = 0;
let analystId = 0;

beforeAll(async () => {
  seedReferenceData();
  viewerId = unwrap(insertUser({ email: 'viewer@example.org', name: 'Vi', role: 'viewer', passwordHash: 'x', actorId: null }));
  analystId = unwrap(insertUser({ email: 'analyst@example.org', name: 'An', role: 'analyst', passwordHash: 'x', actorId: null }));
});

const actionFiles = walk(APP, 'actions.ts');
const routeFiles = walk(APP, 'route.ts');

describe('server actions', () => {
  it('finds the actions', () => {
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  for (const file of actionFiles) {
    const rel = path.relative(process.cwd(), file);
    it(`${rel}: every export refuses an anonymous caller`, async () => {
      session.current = null;
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = Object.entries(mod).filter(([, v]) => typeof v === 'function');
      expect(exported.length).toBeGreaterThan(0);
      for (const [name, fn] of exported) {
        if (PUBLIC_ACTIONS.has(`${rel}#${name}`)) continue;
        const result = (await (fn as (a: unknown, b: FormData) => Promise<{ ok: boolean; message?: string }>)(undefined, plausibleForm())) ?? { ok: true };
        expect(result.ok, `${name} accepted an anonymous caller`).toBe(false);
        expect(result.message, name).toMatch(/sign in/i);
      }
    });
  }

  it('every action that writes refuses a viewer', async () => {
    session.current = sessionFor(viewerId);
    let checked = 0;
    for (const file of actionFiles) {
      const rel = path.relative(process.cwd(), file);
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== 'function' || PUBLIC_ACTIONS.has(`${rel}#${name}`) || VIEWER_ACTIONS.has(`${rel}#${name}`)) continue;
        // Actions bound to an id take it first: (id, previous, formData).
        const call = fn as (...args: unknown[]) => Promise<{ ok: boolean; message?: string }>;
        const result = fn.length === 3 ? await call(1, undefined, plausibleForm()) : await call(undefined, plausibleForm());
        expect(result.ok, `${rel}#${name} accepted a viewer`).toBe(false);
        expect(result.message, `${rel}#${name}`).toMatch(/does not allow/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('admin actions refuse analysts and viewers', async () => {
    const mod = (await import(path.join(APP, 'admin/users/actions.ts'))) as Record<
      string,
      (a: unknown, b: FormData) => Promise<{ ok: boolean; message?: string }>
    >;
    for (const uid of [viewerId, analystId]) {
      session.current = sessionFor(uid);
      for (const [name, fn] of Object.entries(mod)) {
        const result = await fn(undefined, plausibleForm());
        expect(result.ok, name).toBe(false);
        expect(result.message, name).toMatch(/does not allow/);
      }
    }
  });
});

describe('pages', () => {
  // Pages render on the server and read data directly, so each must ask the guard itself; the login page
  // asks only to send a signed-in visitor on.
  const GUARD = /\b(requireUser|requirePermission|getCurrentUser)\(/;
  // The guard's second entry: the pages a share link opens without sign-in, by name, so that a new public
  // page cannot appear unnoticed.
  const SHARE_GUARD = /\brequireShareToken\(/;
  const SHARED_PAGES = ['app/shared/[token]/page.tsx', 'app/shared/[token]/events/[id]/page.tsx'];

  it('lists every page that a share link opens', () => {
    const shared = walk(APP, 'page.tsx')
      .map((f) => path.relative(process.cwd(), f))
      .filter((rel) => SHARE_GUARD.test(fs.readFileSync(rel, 'utf8')));
    expect(shared.sort()).toEqual([...SHARED_PAGES].sort());
  });

  for (const file of walk(APP, 'page.tsx')) {
    const rel = path.relative(process.cwd(), file);
    it(`${rel} calls the guard${/generateMetadata/.test(fs.readFileSync(file, 'utf8')) ? ', in its metadata too' : ''}`, () => {
      const source = fs.readFileSync(file, 'utf8');
      const page = source.slice(source.indexOf('export default'));
      expect(page, rel).toMatch(SHARED_PAGES.includes(rel) ? SHARE_GUARD : GUARD);
      const metadata = /export async function generateMetadata[\s\S]*?\n}\n/.exec(source)?.[0];
      if (metadata) expect(metadata, `${rel} generateMetadata`).toMatch(GUARD);
    });
  }
});

describe('route handlers', () => {
  for (const file of routeFiles) {
    const rel = path.relative(process.cwd(), file);
    it(`${rel}: refuses an anonymous caller with 401`, async () => {
      session.current = null;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = mod[method];
        if (typeof handler !== 'function' || PUBLIC_ROUTES.has(`${rel}#${method}`)) continue;
        const response = (await handler(new Request('http://localhost/api/x', { method }), { params: Promise.resolve({}) })) as Response;
        expect(response.status, `${method} ${rel}`).toBe(401);
      }
    });
  }
});

describe('the guard', () => {
  it('re-reads the user and the session: disabling or a password reset ends the session at once', async () => {
    const id = unwrap(insertUser({ email: 'temp@example.org', name: 'Temp', role: 'analyst', passwordHash: 'x', actorId: null }));
    session.current = sessionFor(id);
    // getCurrentUser is cached per request by React; outside a request each call reads afresh.
    expect((await getCurrentUser())?.role).toBe('analyst');
    setUserDisabled({ id, disabled: true, actorId: null });
    expect(await getCurrentUser()).toBeNull();
    // Re-enabling does not bring an ended session back: the user signs in again.
    setUserDisabled({ id, disabled: false, actorId: null });
    expect(await getCurrentUser()).toBeNull();
    session.current = sessionFor(id);
    expect(await getCurrentUser()).not.toBeNull();
    setUserPassword({ id, passwordHash: 'y', actorId: null, reason: 'reset' });
    expect(await getCurrentUser()).toBeNull();
    session.current = sessionFor(id);
    expect(await getCurrentUser()).not.toBeNull();
  });
});
