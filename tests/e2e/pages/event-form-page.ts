// The event form at /events/new and /events/<id>/edit, found by role and label only.
import { expect, type Page } from '@playwright/test';

export type SourceValues = {
  url: string;
  publisher: string;
  title: string;
  publishedDate?: string;
  reliability: string;
  credibility: string;
  quote?: string;
};

export class EventFormPage {
  constructor(readonly page: Page) {}

  readonly form = () => this.page.getByRole('form', { name: 'Event' });
  readonly status = () => this.form().getByRole('status');
  readonly field = (label: string) => this.form().getByLabel(label, { exact: true });
  readonly title = () => this.field('Title');
  readonly summary = () => this.field('Summary');
  readonly type = () => this.field('Type');
  readonly date = () => this.field('Date');
  readonly precision = () => this.field('Date precision');
  readonly tags = () => this.field('Tags');
  readonly initiative = (name: string) => this.form().getByRole('checkbox', { name });
  readonly source = (n: number, label: string) => this.field(`Source ${n} ${label}`);
  readonly save = () => this.form().getByRole('button', { name: /^(Create event|Save changes)$/ });
  readonly conflict = () => this.form().getByRole('region', { name: /^What .* saved, next to what you typed$/ });
  /** A row of the conflict table, named by its field: "Title", "Summary". */
  readonly conflictRow = (field: string) => this.conflict().getByRole('row', { name: new RegExp(`^${field} `) });

  async gotoNew() {
    await this.page.goto('/events/new');
    await expect(this.page.getByRole('heading', { name: 'New event', level: 1 })).toBeVisible();
  }

  async gotoEdit(id: number) {
    await this.page.goto(`/events/${id}/edit`);
    await expect(this.page.getByRole('heading', { name: 'Edit event', level: 1 })).toBeVisible();
  }

  async fillBasics({ title, summary, type, date, precision = 'Day' }: { title: string; summary?: string; type: string; date: string; precision?: string }) {
    await this.title().fill(title);
    if (summary !== undefined) await this.summary().fill(summary);
    await this.type().selectOption({ label: type });
    await this.date().fill(date);
    await this.precision().selectOption({ label: precision });
  }

  async addCountry(label: string, role: string) {
    await this.form().getByRole('button', { name: 'Add country' }).click();
    const n = await this.form()
      .getByLabel(/^Country \d+$/)
      .count();
    await this.fillCountry(n, label, role);
  }

  /** Fills country row `n` (1-based), e.g. the blank row a form drawn without JavaScript offers. */
  async fillCountry(n: number, label: string, role: string) {
    await this.field(`Country ${n}`).selectOption({ label });
    await this.field(`Country ${n} Role`).selectOption(role);
  }

  async addSource(source: SourceValues) {
    await this.form().getByRole('button', { name: 'Add source' }).click();
    const n = await this.form()
      .getByRole('listitem', { name: /^Source \d+$/ })
      .count();
    await this.fillSource(n, source);
  }

  /** Fills source row `n` (1-based), e.g. the blank row a form drawn without JavaScript offers. */
  async fillSource(n: number, source: SourceValues) {
    await this.source(n, 'URL').fill(source.url);
    await this.source(n, 'Publisher').fill(source.publisher);
    await this.source(n, 'Title').fill(source.title);
    if (source.publishedDate) await this.source(n, 'Published date').fill(source.publishedDate);
    await this.source(n, 'Reliability').selectOption({ label: source.reliability });
    await this.source(n, 'Credibility').selectOption({ label: source.credibility });
    if (source.quote) await this.source(n, 'Quote').fill(source.quote);
  }

  /** Saves and waits for the event page the save opens; returns the event's id. */
  async saveAndOpen(): Promise<number> {
    await this.save().click();
    await expect(this.page).toHaveURL(/\/events\/\d+$/);
    return Number(new URL(this.page.url()).pathname.split('/')[2]);
  }

  async delete() {
    await this.page.getByRole('button', { name: 'Delete event' }).click();
    await this.page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Yes, delete event' }).click();
  }

  /** Without JavaScript the confirmation is a disclosure (a <summary>, which has no role) that opens natively. */
  async deleteWithoutScript() {
    await this.page.getByText('Delete event', { exact: true }).filter({ visible: true }).click();
    await this.page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Yes, delete event' }).click();
  }
}
