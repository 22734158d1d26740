// Creates the test accounts with the operator CLI, then signs each in once and keeps its cookies.
import { execFileSync } from 'node:child_process';
import { test as setup } from '@playwright/test';
import { ACCOUNTS, PASSWORD, storageStatePath, type AccountName } from './fixtures/accounts';
import { LoginPage } from './pages/login-page';

setup('create accounts and sign them in', async ({ browser }) => {
  // Each account is made by starting the operator CLI, which takes seconds on a busy two-core machine.
  setup.setTimeout(180_000);
  for (const name of ['analyst', 'viewer', 'lockout', 'colleague', 'sessions'] as const) {
    const { email, role, name: fullName } = ACCOUNTS[name];
    execFileSync('npm', ['run', '-s', 'user', '--', 'add', email, '--role', role, '--name', fullName], {
      env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH, PASSWORD },
      stdio: 'pipe',
    });
  }
  for (const name of ['admin', 'analyst', 'viewer', 'colleague'] as AccountName[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(name);
    await context.storageState({ path: storageStatePath(name) });
    await context.close();
  }
});
