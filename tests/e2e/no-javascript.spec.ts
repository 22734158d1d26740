// Every form posts to its server action without JavaScript, as it does before the page hydrates: the page
// comes back with the action's answer, and a refused entry with what was typed. Whatever a test makes here
// it deletes again, because other specs count the demo events and stances.
import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';
import { EventFormPage } from './pages/event-form-page';
import { LoginPage } from './pages/login-page';

test.use({ javaScriptEnabled: false });

const SOURCE = {
  url: 'https://www.rnz.co.nz/news/pacific/tonga-fiji-maritime-dialogue',
  publisher: 'RNZ',
  title: 'Tonga and Fiji open a maritime security dialogue',
  reliability: 'B: usually reliable',
  credibility: '2: probably true',
};
const AUKUS_2 = 'AUKUS Pillar II';

test.describe('as an analyst', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('creates an event, edits it and deletes it', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.gotoNew();
    // Rows cannot be added without JavaScript: the form offers one blank row of each list instead, and a
    // row left blank (here the person) is no row at all.
    await expect(form.form().getByRole('button', { name: 'Add source' })).toBeHidden();
    await expect(form.field('Person 1 Name')).toHaveValue('');
    await form.fillBasics({
      title: 'Tonga and Fiji hold a maritime security dialogue',
      summary: 'Officials meet in Nukuʻalofa.',
      type: 'Meeting',
      date: '2019-05-14',
    });
    await form.tags().fill('Maritime, Pacific');
    await form.fillCountry(1, 'Tonga (TON)', 'host');
    await form.fillSource(1, SOURCE);
    const id = await form.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tonga and Fiji hold a maritime security dialogue');

    await form.gotoEdit(id);
    await expect(form.tags()).toHaveValue('maritime, pacific');
    await expect(form.field('Country 1')).toHaveValue('TON');
    await expect(form.source(1, 'URL')).toHaveValue(SOURCE.url);
    // The next blank row, for one more of each.
    await expect(form.field('Country 2')).toHaveValue('');
    await form.fillCountry(2, 'Fiji (FJI)', 'participant');
    await form.title().fill('Tonga and Fiji open a maritime security dialogue');
    await form.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tonga and Fiji open a maritime security dialogue');

    // Countries are listed by name.
    await form.gotoEdit(id);
    await expect(form.field('Country 1')).toHaveValue('FJI');
    await expect(form.field('Country 2')).toHaveValue('TON');
    await form.deleteWithoutScript();
    await expect(page).toHaveURL(/\/events$/);
    expect((await page.goto(`/events/${id}/edit`))?.status()).toBe(404);
  });

  test('a refused save comes back with its field errors and everything typed', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.gotoNew();
    await form.title().fill('Fiji hosts Pacific defence ministers');
    await form.summary().fill('Ministers meet in Suva.');
    await form.date().fill('2019-06-03');
    await form.fillCountry(1, 'Fiji (FJI)', 'host');
    await form.fillSource(1, { ...SOURCE, url: 'not a url' });
    await form.save().click();

    await expect(page).toHaveURL(/\/events\/new$/);
    await expect(form.status()).toHaveText('Please correct the highlighted fields.');
    await expect(form.type()).toHaveAttribute('aria-invalid', 'true');
    await expect(form.form().getByText('Choose an event type')).toBeVisible();
    await expect(form.title()).toHaveValue('Fiji hosts Pacific defence ministers');
    await expect(form.summary()).toHaveValue('Ministers meet in Suva.');
    await expect(form.date()).toHaveValue('2019-06-03');
    await expect(form.source(1, 'URL')).toHaveAccessibleDescription('Use a full http(s) address');
    await expect(form.source(1, 'URL')).toHaveValue('not a url');
    await expect(form.source(1, 'Publisher')).toHaveValue(SOURCE.publisher);
    await expect(form.field('Country 1')).toHaveValue('FJI');

    await form.type().selectOption({ label: 'Meeting' });
    await form.source(1, 'URL').fill(SOURCE.url);
    const id = await form.saveAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiji hosts Pacific defence ministers');
    await form.gotoEdit(id);
    await form.deleteWithoutScript();
    await expect(page).toHaveURL(/\/events$/);
  });

  test('records a stance, corrects it and deletes it', async ({ page }) => {
    await page.goto('/stances/new');
    await page.getByLabel('Country', { exact: true }).selectOption('TON');
    await page.getByLabel('Initiative', { exact: true }).selectOption({ label: AUKUS_2 });
    await page.getByRole('button', { name: 'Continue' }).click();
    const form = page.getByRole('form', { name: 'Record a stance' });

    // The server's own check of the date answers, and the entry keeps what was typed.
    await form.getByRole('radio', { name: 'supportive (+1)' }).check();
    await form.getByLabel('As of').evaluate((el) => el.removeAttribute('max'));
    await form.getByLabel('As of').fill('2999-01-01');
    await form.getByLabel('Confidence').selectOption('low');
    await form.getByLabel('Rationale').fill('Tonga’s defence minister welcomed Pillar II cooperation on maritime awareness.');
    await form.getByRole('button', { name: 'Record stance' }).click();
    await expect(form.getByText('The as-of date cannot be in the future')).toBeVisible();
    await expect(form.getByRole('radio', { name: 'supportive (+1)' })).toBeChecked();
    await expect(form.getByLabel('Confidence')).toHaveValue('low');
    await expect(form.getByLabel('Rationale')).toHaveValue('Tonga’s defence minister welcomed Pillar II cooperation on maritime awareness.');

    await form.getByLabel('As of').fill('2024-06-03');
    await form.getByRole('button', { name: 'Record stance' }).click();
    await expect(page).toHaveURL(/\/countries\/TON\?recorded=stance/);
    await expect(page.getByRole('status').filter({ hasText: 'The stance was recorded.' })).toBeVisible();
    const ledger = page.getByRole('table', { name: 'Stance ledger' });
    await expect(ledger.getByRole('row', { name: /3 Jun 2024.*AUKUS Pillar II.*supportive.*low/ })).toBeVisible();

    await ledger.getByRole('link', { name: `Correct the ${AUKUS_2} entry of 3 Jun 2024` }).click();
    const correction = page.getByRole('form', { name: 'Correct the entry' });
    await correction.getByLabel('Confidence').selectOption('moderate');
    await correction.getByLabel('What was wrong with the entry').fill('Confidence was understated.');
    await correction.getByRole('button', { name: 'Save correction' }).click();
    await expect(correction.getByRole('status')).toHaveText('Entry corrected. The history keeps what it said before.');
    await expect(correction.getByLabel('Confidence')).toHaveValue('moderate');

    await page.goto('/countries/TON');
    await ledger.getByLabel(`Delete the ${AUKUS_2} entry of 3 Jun 2024`).filter({ visible: true }).click();
    await ledger.getByRole('button', { name: `Confirm deleting the ${AUKUS_2} entry of 3 Jun 2024` }).click();
    await expect(page.getByRole('table', { name: 'Stance ledger' })).toHaveCount(0);
  });

  test('a refused membership keeps what was entered', async ({ page }) => {
    await page.goto('/memberships/new?country=TON&initiative=aukus-pillar-2');
    const form = page.getByRole('form', { name: 'Record a membership' });
    await form.getByLabel('Role').selectOption({ label: 'Partner' });
    await form.getByLabel('Joined', { exact: true }).evaluate((el) => el.removeAttribute('max'));
    await form.getByLabel('Joined', { exact: true }).fill('2999-01-01');
    await form.getByLabel('Note').fill('Announced at the Shangri-La Dialogue.');
    await form.getByRole('button', { name: 'Record membership' }).click();
    await expect(form.getByText('The joining date cannot be in the future')).toBeVisible();
    await expect(form.getByLabel('Role')).toHaveValue('partner');
    await expect(form.getByLabel('Note')).toHaveValue('Announced at the Shangri-La Dialogue.');
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('restores a deleted event', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.gotoNew();
    await form.fillBasics({ title: 'Samoa hosts a Pacific policing workshop', type: 'Meeting', date: '2019-07-09' });
    await form.fillSource(1, SOURCE);
    const id = await form.saveAndOpen();
    await form.gotoEdit(id);
    await form.deleteWithoutScript();
    await expect(page).toHaveURL(/\/events$/);

    await page.goto('/events/deleted');
    await page.getByRole('row', { name: 'Samoa hosts a Pacific policing workshop' }).getByRole('button', { name: 'Restore' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samoa hosts a Pacific policing workshop');

    await form.gotoEdit(id);
    await form.deleteWithoutScript();
    await expect(page).toHaveURL(/\/events$/);
  });

  test('adds a user, who signs in and changes their password', async ({ page, browser }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill('no.script@watchfloor.test');
    await form.getByLabel('Name').fill('Noel Script');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Use at least 12 characters')).toBeVisible();
    await expect(form.getByLabel('Email')).toHaveValue('no.script@watchfloor.test');
    await expect(form.getByLabel('Role')).toHaveValue('viewer');

    await form.getByLabel('Initial password').fill('quiet-harbour-lantern-3');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByRole('status')).toHaveText('Added no.script@watchfloor.test.');
    const row = page.getByRole('row', { name: 'no.script@watchfloor.test' });
    await row.getByRole('button', { name: 'Disable no.script@watchfloor.test' }).click();
    await expect(page.getByRole('row', { name: 'no.script@watchfloor.test' })).toContainText('Disabled');
    await page.getByRole('row', { name: 'no.script@watchfloor.test' }).getByRole('button', { name: 'Enable no.script@watchfloor.test' }).click();
    await expect(page.getByRole('row', { name: 'no.script@watchfloor.test' })).toContainText('Active');

    const context = await browser.newContext({ javaScriptEnabled: false, storageState: undefined });
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.signIn('no.script@watchfloor.test', 'wrong-password-000');
    await expect(login.status()).toHaveText('Email or password is incorrect.');
    await expect(login.email()).toHaveValue('no.script@watchfloor.test');
    await login.password().fill('quiet-harbour-lantern-3');
    await login.submit().click();
    await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await other.goto('/account');
    const change = other.getByRole('form', { name: 'Change password' });
    await change.getByLabel('Current password').fill('quiet-harbour-lantern-3');
    await change.getByLabel('New password', { exact: true }).fill('still-harbour-lantern-4');
    await change.getByLabel('Repeat new password').fill('still-harbour-lantern-4');
    await change.getByRole('button', { name: 'Change password' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Password changed.' })).toBeVisible();
    await context.close();
  });
});
