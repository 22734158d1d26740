// The Content-Security-Policy (lib/security/csp.ts, set per request by proxy.ts): every page loads and
// runs its scripts under a nonce policy without 'unsafe-inline' for scripts, and not one violation is
// reported in the console or as a securitypolicyviolation event.
import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';

/** Records CSP violations from the start of each page, before any script of the app runs. */
async function watchViolations(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply)/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))];
}

async function visitAll(page: Page, paths: string[]) {
  const violations = await watchViolations(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState('networkidle');
    // Next's scripts ran under the nonce: the page hydrated (its scripts carry the nonce) and nothing was refused.
    expect(await page.locator('script[nonce]').count(), path).toBeGreaterThan(0);
    expect(await violations(), path).toEqual([]);
  }
}

test.describe('signed in as an admin', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('every page runs under the nonce policy with no violation', async ({ page }) => {
    test.slow();
    await page.goto('/events');
    const eventPath = await page
      .getByRole('link', { name: /Partnership for Indo-Pacific Industrial Resilience|PIPIR/ })
      .first()
      .getAttribute('href');
    await visitAll(page, [
      '/',
      '/events',
      '/events?q=pipir&country=NZL',
      eventPath ?? '/events',
      '/events/new',
      '/events/import',
      '/events/deleted',
      '/countries',
      '/countries/NZL',
      '/initiatives/pipir',
      '/stances/new',
      '/memberships/new',
      '/annotations',
      '/views',
      '/account',
      '/admin/users',
    ]);
  });
});

test('the sign-in page too, and each response has its own nonce and no inline scripts allowed', async ({ page, request }) => {
  await visitAll(page, ['/login']);
  const policies = await Promise.all([request.get('/login'), request.get('/login')].map(async (r) => (await r).headers()['content-security-policy']!));
  const nonces = policies.map((p) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(p)?.[1]);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  const scriptSrc = policies[0]!.split('; ').find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  // Served over plain http here: no HSTS, which would pin a plain-http install to https.
  expect((await request.get('/login')).headers()['strict-transport-security']).toBeUndefined();
});
