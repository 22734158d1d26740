import type { Locator, Page } from '@playwright/test';

/** The annotations of one target on a page: its thread list and the form that starts a thread. */
export class AnnotationsPanel {
  constructor(
    readonly page: Page,
    readonly scope: Locator = page.getByRole('region', { name: /^Annotations/ }),
  ) {}

  readonly form = () => this.scope.getByRole('form', { name: 'Add annotation' });
  readonly body = () => this.form().getByLabel('Annotation', { exact: true });
  readonly tags = () => this.form().getByLabel('Tags');
  readonly add = () => this.form().getByRole('button', { name: 'Add annotation' });
  readonly status = () => this.form().getByRole('status');
  readonly threads = () => this.scope.getByRole('list', { name: /^Annotations on/ });
  readonly thread = (text: string | RegExp) => this.threads().getByRole('article').filter({ hasText: text });

  async write(
    body: string,
    { visibility = 'Team', kind = 'Note', tags = '' }: { visibility?: 'Team' | 'Private'; kind?: 'Note' | 'Judgment'; tags?: string } = {},
  ) {
    await this.body().fill(body);
    await this.form().getByRole('radio', { name: kind, exact: true }).check();
    await this.form().getByRole('radio', { name: visibility, exact: true }).check();
    if (tags) await this.tags().fill(tags);
  }

  async deleteThread(text: string | RegExp) {
    const thread = this.thread(text);
    await thread.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await thread.getByRole('button', { name: 'Yes, delete' }).click();
    await thread.waitFor({ state: 'detached' });
  }
}
