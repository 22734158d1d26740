import { expect, test, type Browser } from '@playwright/test';
import { ACCOUNTS, storageStatePath, type AccountName } from './fixtures/accounts';
import { EventFormPage } from './pages/event-form-page';

// Every event made here is deleted again by its test: other specs count the demo events.
const SOURCE = {
  url: 'https://www.rnz.co.nz/news/political/fiji-defence-talks',
  publisher: 'RNZ',
  title: 'Fiji and New Zealand hold defence talks',
  publishedDate: '2024-11-13',
  reliability: 'B: usually reliable',
  credibility: '2: probably true',
};

async function openAs(browser: Browser, account: AccountName) {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return { context, form: new EventFormPage(await context.newPage()) };
}

async function createEvent(form: EventFormPage, title: string): Promise<number> {
  await form.gotoNew();
  await form.fillBasics({ title, summary: 'Officials meet in Suva.', type: 'Meeting', date: '2024-11-12' });
  await form.addSource(SOURCE);
  return form.saveAndOpen();
}

test.describe('as an analyst', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('creates an event with a source, edits it and deletes it', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.gotoNew();

    // A refused save says why beside each field and keeps what was typed.
    await form.title().fill('Fiji–New Zealand defence talks in Suva');
    await form.tags().fill('Pacific, Defence Talks');
    await form.addSource({ ...SOURCE, url: 'not a url' });
    await form.save().click();
    await expect(form.status()).toHaveText('Please correct the highlighted fields.');
    await expect(form.type()).toHaveAttribute('aria-invalid', 'true');
    await expect(form.form().getByText('Choose an event type')).toBeVisible();
    await expect(form.source(1, 'URL')).toHaveAccessibleDescription('Use a full http(s) address');
    await expect(form.title()).toHaveValue('Fiji–New Zealand defence talks in Suva');
    await expect(form.source(1, 'Publisher')).toHaveValue('RNZ');

    await form.fillBasics({ title: 'Fiji–New Zealand defence talks in Suva', summary: 'Officials meet in Suva.', type: 'Meeting', date: '2024-11-12' });
    await form.source(1, 'URL').fill(SOURCE.url);
    await form.addCountry('Fiji (FJI)', 'host');
    await form.initiative('Partnership for Indo-Pacific Industrial Resilience (PIPIR)').check();
    const id = await form.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiji–New Zealand defence talks in Suva');

    await form.gotoEdit(id);
    await expect(form.title()).toHaveValue('Fiji–New Zealand defence talks in Suva');
    await expect(form.tags()).toHaveValue('defence-talks, pacific');
    await expect(form.field('Country 1')).toHaveValue('FJI');
    await expect(form.initiative('Partnership for Indo-Pacific Industrial Resilience (PIPIR)')).toBeChecked();
    await expect(form.source(1, 'URL')).toHaveValue(SOURCE.url);
    await expect(form.source(1, 'Credibility')).toHaveValue('2');

    await form.title().fill('Fiji and New Zealand agree defence talks');
    await form.form().getByRole('button', { name: 'Remove source 1' }).click();
    await expect(form.form().getByRole('listitem', { name: 'Source 1' })).toHaveCount(0);
    await form.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiji and New Zealand agree defence talks');
    await form.gotoEdit(id);
    await expect(form.form().getByRole('listitem', { name: 'Source 1' })).toHaveCount(0);

    await form.delete();
    await expect(page).toHaveURL(/\/events$/);
    const gone = await page.goto(`/events/${id}/edit`);
    expect(gone?.status()).toBe(404);
  });

  test('a stale save is refused, the other change is kept, and a second save goes through', async ({ page, browser }) => {
    const mine = new EventFormPage(page);
    const id = await createEvent(mine, 'Pacific defence ministers meet');
    await mine.gotoEdit(id);

    const admin = await openAs(browser, 'admin');
    await admin.form.gotoEdit(id);
    await admin.form.title().fill('Pacific defence ministers meet in Nuku‘alofa');
    await admin.form.saveAndOpen();

    await mine.summary().fill('Ministers agree a joint statement.');
    await mine.save().click();
    await expect(mine.status()).toContainText(`Someone else saved this event since you opened it (version 2 by ${ACCOUNTS.admin.name} at `);
    await expect(mine.status()).toContainText('Their changes to: Title are kept. Review them below, then save again.');
    const titleRow = mine.conflictRow('Title');
    await expect(titleRow).toContainText('Pacific defence ministers meet in Nuku‘alofa');
    await expect(titleRow).toContainText('Theirs');
    await expect(mine.conflictRow('Summary')).toContainText('Ministers agree a joint statement.');
    await expect(mine.title()).toHaveValue('Pacific defence ministers meet in Nuku‘alofa');
    await expect(mine.summary()).toHaveValue('Ministers agree a joint statement.');

    // Nothing was overwritten: the stored event is the admin's.
    await admin.form.page.reload();
    await expect(admin.form.page.getByRole('heading', { level: 1 })).toHaveText('Pacific defence ministers meet in Nuku‘alofa');
    await expect(admin.form.page.getByText('Ministers agree a joint statement.')).toHaveCount(0);

    await mine.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pacific defence ministers meet in Nuku‘alofa');
    await expect(page.getByText('Ministers agree a joint statement.')).toBeVisible();

    await mine.gotoEdit(id);
    await mine.delete();
    await expect(page).toHaveURL(/\/events$/);
    await admin.context.close();
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('restores a deleted event from Deleted events', async ({ page }) => {
    const form = new EventFormPage(page);
    const id = await createEvent(form, 'Tonga hosts a maritime security workshop');
    await form.gotoEdit(id);
    await form.delete();
    await expect(page).toHaveURL(/\/events$/);

    await page.goto('/events/deleted');
    const row = page.getByRole('row', { name: 'Tonga hosts a maritime security workshop' });
    await expect(row).toContainText(ACCOUNTS.admin.name);
    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tonga hosts a maritime security workshop');
    await expect(page.getByText(/This event was deleted/)).toHaveCount(0);
    await page.goto('/events/deleted');
    await expect(page.getByRole('row', { name: 'Tonga hosts a maritime security workshop' })).toHaveCount(0);

    await form.gotoEdit(id);
    await form.delete();
    await expect(page).toHaveURL(/\/events$/);
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('cannot open the new event form or the deleted events', async ({ page }) => {
    for (const path of ['/events/new', '/events/deleted']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    }
  });
});
