import type { Page } from '@playwright/test';

export class TimelinePage {
  constructor(readonly page: Page) {}

  readonly filters = () => this.page.getByRole('form', { name: 'Filters' });
  readonly results = () => this.page.getByRole('region', { name: 'Matching events' });
  readonly event = (title: string) => this.results().getByRole('article', { name: title });
  readonly chips = () => this.page.getByRole('group', { name: 'Active filters' });

  async goto(query = '') {
    await this.page.goto(`/events${query}`);
  }

  async apply() {
    await this.filters().getByRole('button', { name: 'Apply filters' }).click();
  }
}
