import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, PASSWORD, type AccountName } from '../fixtures/accounts';

export class LoginPage {
  constructor(readonly page: Page) {}

  readonly email = () => this.page.getByLabel('Email');
  readonly password = () => this.page.getByLabel('Password');
  readonly submit = () => this.page.getByRole('button', { name: 'Sign in' });
  readonly status = () => this.page.getByRole('status');

  async goto() {
    await this.page.goto('/login');
  }

  async signIn(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }

  async signInAs(name: AccountName) {
    await this.signIn(ACCOUNTS[name].email, PASSWORD);
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  }
}
