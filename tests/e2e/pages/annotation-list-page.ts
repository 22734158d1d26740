// The annotation list at /annotations, found by role and label only.
import type { Page } from '@playwright/test';

export class AnnotationListPage {
  constructor(readonly page: Page) {}

  readonly filters = () => this.page.getByRole('form', { name: 'Annotation filters' });
  readonly field = (label: string) => this.filters().getByLabel(label, { exact: true });
  readonly results = () => this.page.getByRole('region', { name: 'Results' });
  readonly items = () => this.results().getByRole('list', { name: 'Annotations' }).getByRole('article');
  readonly item = (text: string | RegExp) => this.items().filter({ hasText: text });

  async goto(query = '') {
    await this.page.goto(`/annotations${query}`);
  }

  async apply() {
    await this.filters().getByRole('button', { name: 'Apply filters' }).click();
  }
}
