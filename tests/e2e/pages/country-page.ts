import type { Page } from '@playwright/test';

export class CountryPage {
  constructor(readonly page: Page) {}

  readonly stanceOn = (initiativeName: string) => this.page.getByRole('listitem', { name: `Stance on ${initiativeName}` });
  readonly ledger = () => this.page.getByRole('table', { name: 'Stance ledger' });

  async goto(code: string) {
    await this.page.goto(`/countries/${code}`);
  }
}
