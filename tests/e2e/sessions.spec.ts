// Sessions live on the server (issue 12, finding 4): signing out ends the session, so a copy of its cookie
// taken before no longer opens anything; /account lists the user's sessions, each with "Sign out", and
// "Sign out everywhere" ends them all.
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { ACCOUNTS } from './fixtures/accounts';
import { LoginPage } from './pages/login-page';

const USER = ACCOUNTS.sessions;

/** A browser of its own, signed in as the sessions account. */
async function signedInBrowser(browser: Browser, userAgent?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: undefined, userAgent });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs('sessions');
  return context;
}

test('a cookie copied before sign-out no longer works after it', async ({ browser }) => {
  const context = await signedInBrowser(browser);
  const page = context.pages()[0]!;
  const copied = await context.storageState();
  expect((await context.request.get('/api/events?limit=1')).status()).toBe(200);

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);

  const replay = await browser.newContext({ storageState: copied });
  expect((await replay.request.get('/api/events?limit=1')).status()).toBe(401);
  const form = await replay.newPage();
  await form.goto('/events/new');
  await expect(form).toHaveURL(/\/login(\?|$)/);
  await replay.close();
  await context.close();
});

test('the account page lists the sessions and signs out one, then all', async ({ browser }) => {
  const here = await signedInBrowser(browser);
  const elsewhere = await signedInBrowser(browser, 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
  const page = here.pages()[0]!;
  const other = elsewhere.pages()[0]!;

  await page.getByRole('link', { name: `Account of ${USER.name}` }).click();
  const sessions = page.getByRole('table', { name: 'Your active sessions' });
  await expect(sessions.getByRole('row')).toHaveCount(3); // the header and two sessions
  await expect(sessions.getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
  const firefox = sessions.getByRole('row').filter({ hasText: 'Firefox 133 on Linux' });
  await expect(firefox).toHaveCount(1);

  await firefox.getByRole('button', { name: /^Sign out Firefox 133 on Linux/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'That session is signed out.' })).toBeVisible();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await other.goto('/events');
  await expect(other).toHaveURL(/\/login(\?|$)/);

  // Signed in again over there, then everything ends from here.
  await new LoginPage(other).signInAs('sessions');
  await page.reload();
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=everywhere$/);
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out everywhere' })).toBeVisible();
  await other.goto('/events');
  await expect(other).toHaveURL(/\/login(\?|$)/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await here.close();
  await elsewhere.close();
});
