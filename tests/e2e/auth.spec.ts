import { expect, test } from '@playwright/test';
import { ACCOUNTS, PASSWORD, storageStatePath } from './fixtures/accounts';
import { LoginPage } from './pages/login-page';

const GENERIC = 'Email or password is incorrect.';

test.describe('signing in', () => {
  test('an anonymous visit goes to the sign-in page and comes back after', async ({ page }) => {
    await page.goto('/admin/users?tab=all');
    await expect(page).toHaveURL(/\/login\?from=%2Fadmin%2Fusers%3Ftab%3Dall$/);
    await new LoginPage(page).signInAs('admin');
    await expect(page).toHaveURL(/\/admin\/users\?tab=all$/);
    await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  });

  test('sign-in works on 127.0.0.1 and stays on that host', async ({ page, baseURL }) => {
    const other = baseURL!.replace('localhost', '127.0.0.1');
    await page.goto(`${other}/`);
    await expect(page).toHaveURL(`${other}/login?from=%2F`);
    await new LoginPage(page).signInAs('analyst');
    await expect(page).toHaveURL(`${other}/`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  });

  test('a wrong password and an unknown email get the same message', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.viewer.email, 'not-the-password-1');
    await expect(login.status()).toHaveText(GENERIC);
    await expect(login.email()).toHaveValue(ACCOUNTS.viewer.email);
    await login.signIn('nobody@watchfloor.test', 'not-the-password-1');
    await expect(login.status()).toHaveText(GENERIC);
  });

  test('repeated failures make sign-in wait, even with the right password, and say for how long', async ({ page }) => {
    test.setTimeout(120_000); // it waits out the growing waits, about 31 s in all
    const login = new LoginPage(page);
    await login.goto();
    // Five failures are answered as any wrong password; after that each try waits longer (lib/auth/lockout.ts).
    for (let i = 0; i < 5; i++) {
      await login.signIn(ACCOUNTS.lockout.email, `wrong-password-${i}`);
      await expect(login.status()).toHaveText(GENERIC);
      await expect(login.submit()).toBeEnabled();
    }
    // Each further guess waits twice as long (the page says how long; the test waits it out, as a person
    // would) until 10 failures lock the account for 15 minutes from an address it has never signed in from.
    // Each try starts from a fresh page, so that the status line cannot still show the answer before.
    const attempt = async (password: string) => {
      await login.goto();
      await login.signIn(ACCOUNTS.lockout.email, password);
      await expect(login.status()).toHaveText(/Email or password is incorrect|Too many failed attempts/);
      return (await login.status().textContent()) ?? '';
    };
    for (let i = 5, said = ''; !/in 15 minutes/.test(said); i++) {
      expect(i, said).toBeLessThan(25);
      said = await attempt(`wrong-password-${i}`);
      const seconds = /Try again in (\d+) seconds?\./.exec(said)?.[1];
      if (seconds) await page.waitForTimeout(Number(seconds) * 1000);
    }
    expect(await attempt(PASSWORD)).toBe('Too many failed attempts. Try again in 15 minutes.');
    await expect(page).toHaveURL(/\/login/);
  });

  test('the header shows who is signed in, and sign out ends the session', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs('viewer');
    const header = page.getByRole('banner');
    await expect(header.getByText(ACCOUNTS.viewer.name)).toBeVisible();
    await expect(header.getByLabel('Role')).toHaveText('Viewer');
    await header.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?from=%2F$/);
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('cannot open user administration', async ({ page }) => {
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('adds an analyst who can then sign in', async ({ page, browser }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill('new.analyst@watchfloor.test');
    await form.getByLabel('Name').fill('New Analyst');
    await form.getByLabel('Role').selectOption('analyst');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Use at least 12 characters')).toBeVisible();

    await form.getByLabel('Initial password').fill('river-copper-meadow-7');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByRole('status')).toHaveText('Added new.analyst@watchfloor.test.');
    await expect(page.getByRole('row', { name: 'new.analyst@watchfloor.test' })).toContainText('Analyst');

    const context = await browser.newContext({ storageState: undefined });
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.signIn('new.analyst@watchfloor.test', 'river-copper-meadow-7');
    await expect(other.getByRole('banner').getByLabel('Role')).toHaveText('Analyst');
    await context.close();
  });

  test('a duplicate email is refused beside the field', async ({ page }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill(ACCOUNTS.viewer.email);
    await form.getByLabel('Name').fill('Dup');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText(`A user with the email ${ACCOUNTS.viewer.email} already exists`)).toBeVisible();
  });
});

test('a user changes their own password and signs in with the new one', async ({ page, browser }) => {
  // A fresh account, so the shared test accounts keep their passwords.
  const admin = await browser.newContext({ storageState: storageStatePath('admin') });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/users');
  const form = adminPage.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Email').fill('changer@watchfloor.test');
  await form.getByLabel('Name').fill('Pat Changer');
  await form.getByLabel('Initial password').fill('first-harbour-lantern-1');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByRole('status')).toHaveText('Added changer@watchfloor.test.');
  await admin.close();

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('changer@watchfloor.test', 'first-harbour-lantern-1');
  await page.getByRole('link', { name: 'Account of Pat Changer' }).click();
  const change = page.getByRole('form', { name: 'Change password' });
  await change.getByLabel('Current password').fill('wrong-password-000');
  await change.getByLabel('New password', { exact: true }).fill('second-harbour-lantern-2');
  await change.getByLabel('Repeat new password').fill('second-harbour-lantern-2');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change.getByText('That is not your current password')).toBeVisible();

  await change.getByLabel('Current password').fill('first-harbour-lantern-1');
  await change.getByLabel('New password', { exact: true }).fill('second-harbour-lantern-2');
  await change.getByLabel('Repeat new password').fill('second-harbour-lantern-2');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/account\?changed=1$/);
  await expect(page.getByText('Password changed. Your other sessions have been signed out.')).toBeVisible();
  // Still signed in here, on a fresh session.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await login.signIn('changer@watchfloor.test', 'first-harbour-lantern-1');
  await expect(login.status()).toHaveText(GENERIC);
  await login.signIn('changer@watchfloor.test', 'second-harbour-lantern-2');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('responses carry the security headers', async ({ request }) => {
  const response = await request.get('/login');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("base-uri 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
});
