import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { storageStatePath } from './fixtures/accounts';
import { AnnotationsPanel } from './pages/annotations-panel';
import { EventFormPage } from './pages/event-form-page';

test.describe('saved views', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('a filtered timeline saved as a team view opens with its briefing note and only its events, for a colleague too', async ({ page, browser }) => {
    await page.goto('/events?country=NZL');
    await page.getByRole('button', { name: 'Save view' }).click();
    const form = page.getByRole('form', { name: 'Save view' });
    // Refused without a name, the error is beside the field and the form stays open.
    await form.getByLabel('Name').fill(' ');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Give the view a name')).toBeVisible();

    const name = `NZL brief ${Date.now()}`;
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Briefing note').fill('New Zealand **quietly** joined PIPIR.');
    await form.getByRole('radio', { name: 'Team' }).check();
    await form.getByRole('button', { name: 'Save' }).click();

    await expect(page).toHaveURL(/\/views\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Briefing note' }).locator('strong')).toHaveText('quietly');
    const events = page.getByRole('region', { name: 'Matching events' });
    await expect(events.getByRole('link').first()).toBeVisible();
    // The view's filter, not the URL's: a country in the query string changes nothing.
    const shown = await events.getByRole('link').allTextContents();
    await page.goto(`${page.url()}?country=AUS`);
    await expect.poll(() => page.getByRole('region', { name: 'Matching events' }).getByRole('link').allTextContents()).toEqual(shown);

    const colleague = await browser.newContext({ storageState: storageStatePath('colleague') });
    const other = await colleague.newPage();
    await other.goto('/views');
    await other.getByRole('link', { name }).click();
    await expect(other.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(other.getByRole('button', { name: 'Save view' })).toHaveCount(0);
    await colleague.close();
  });

  test('a private view is listed for its owner alone', async ({ page, browser }) => {
    await page.goto('/events?type=meeting');
    await page.getByRole('button', { name: 'Save view' }).click();
    const form = page.getByRole('form', { name: 'Save view' });
    const name = `Private meetings ${Date.now()}`;
    await form.getByLabel('Name').fill(name);
    await form.getByRole('radio', { name: 'Private' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const url = page.url();
    await page.goto('/views');
    await expect(page.getByRole('link', { name })).toBeVisible();

    const colleague = await browser.newContext({ storageState: storageStatePath('colleague') });
    const other = await colleague.newPage();
    await other.goto('/views');
    await expect(other.getByRole('link', { name })).toHaveCount(0);
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
    await colleague.close();
  });

  test('a share link opens the view read-only without sign-in, only its events and team annotations, until revoked', async ({ page, browser }) => {
    const stamp = Date.now();
    const eventIds = async (url: string) => {
      await page.goto(url);
      const hrefs = await page
        .getByRole('region', { name: 'Matching events' })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      return hrefs.map((h) => Number(h.split('/').pop()));
    };
    const inView = await eventIds('/events?country=NZL');
    const outside = (await eventIds('/events')).find((id) => !inView.includes(id))!;
    expect(outside).toBeTruthy();

    const eventId = inView[0]!;
    await page.goto(`/events/${eventId}`);
    const panel = new AnnotationsPanel(page);
    await panel.write(`Team reading ${stamp}`);
    await panel.add().click();
    await expect(panel.thread(`Team reading ${stamp}`)).toBeVisible();
    await panel.write(`Private hunch ${stamp}`, { visibility: 'Private' });
    await panel.add().click();
    await expect(panel.thread(`Private hunch ${stamp}`)).toBeVisible();

    await page.goto('/events?country=NZL');
    await page.getByRole('button', { name: 'Save view' }).click();
    const form = page.getByRole('form', { name: 'Save view' });
    const name = `Minister's brief ${stamp}`;
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const viewUrl = page.url();

    const share = page.getByRole('form', { name: 'Create share link' });
    await share.getByLabel('Label').fill('Minister');
    await share.getByRole('button', { name: 'Create share link' }).click();
    const field = page.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/^http:\/\/.+\/shared\/[A-Za-z0-9_-]{43}$/);
    const link = await field.inputValue();
    await expect(page.getByRole('cell', { name: 'Minister', exact: true })).toBeVisible();

    const anonymous = await browser.newContext();
    const reader = await anonymous.newPage();
    await reader.goto(link);
    await expect(reader.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(reader.getByRole('link', { name: 'Timeline' })).toHaveCount(0);
    await expect(reader.getByRole('button', { name: 'Save view' })).toHaveCount(0);
    const listed = () =>
      reader
        .getByRole('region', { name: 'Matching events' })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const shown = await listed();
    expect(shown).toEqual(inView.map((id) => `${new URL(link).pathname}/events/${id}`));

    // On paper: the briefing and its events, without the page's controls.
    await reader.emulateMedia({ media: 'print' });
    await expect(reader.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(reader.getByRole('region', { name: 'Matching events' })).toBeVisible();
    await expect(reader.getByRole('region', { name: 'Events over time, by type' })).toBeVisible();
    await expect(reader.getByRole('link', { name: 'Follow this view in a feed reader (Atom)' })).toBeHidden();
    await expect(reader.getByRole('navigation', { name: 'Chart periods' })).toBeHidden();
    await expect(reader.getByRole('navigation', { name: 'Pages' })).toBeHidden();
    await reader.emulateMedia({ media: 'screen' });

    // Its CSV through the link: the same events.
    const [file] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('link', { name: 'Export CSV' }).click()]);
    const exported = parse(await readFile((await file.path())!, 'utf8'), { columns: true, record_delimiter: ['\r\n'] }) as { id: string }[];
    expect(exported.map((r) => Number(r.id))).toEqual(inView);

    const atom = await reader.request.get(`${link}/feed.xml`);
    expect(atom.status()).toBe(200);
    expect(atom.headers()['content-type']).toContain('application/atom+xml');

    // Editing the query string shows nothing else.
    await reader.goto(`${link}?country=AUS&type=budget`);
    await expect.poll(listed).toEqual(shown);

    await reader.getByRole('region', { name: 'Matching events' }).getByRole('link').first().click();
    await expect(reader).toHaveURL(`${link}/events/${eventId}`);
    await expect(reader.getByText(`Team reading ${stamp}`)).toBeVisible();
    await expect(reader.getByText(`Private hunch ${stamp}`)).toHaveCount(0);
    await expect(reader.getByRole('form', { name: 'Add annotation' })).toHaveCount(0);
    await expect(reader.getByRole('link', { name: 'Edit event' })).toHaveCount(0);
    expect((await reader.goto(`${link}/events/${outside}`))?.status()).toBe(404);

    await page.goto(viewUrl);
    await page.getByRole('button', { name: 'Revoke Minister' }).click();
    await page.getByRole('button', { name: 'Confirm revoke' }).click();
    await expect(page.getByRole('row', { name: /Minister/ })).toContainText('Revoked');
    expect((await reader.goto(link))?.status()).toBe(404);
    expect((await reader.goto(`${link}/events/${eventId}`))?.status()).toBe(404);
    expect((await reader.request.get(`${link}/feed.xml`)).status()).toBe(404);
    await anonymous.close();

    await page.goto(`/events/${eventId}`);
    await panel.deleteThread(`Team reading ${stamp}`);
    await panel.deleteThread(`Private hunch ${stamp}`);
  });

  test('the owner edits, duplicates and deletes a view', async ({ page }) => {
    const stamp = Date.now();
    await page.goto('/events?country=AUS');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('form', { name: 'Save view' }).getByLabel('Name').fill(`Edit me ${stamp}`);
    await page.getByRole('form', { name: 'Save view' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit me ${stamp}` })).toBeVisible();

    await page.getByRole('button', { name: 'Edit view' }).click();
    const edit = page.getByRole('form', { name: 'Edit view' });
    await expect(edit.getByLabel('Name')).toHaveValue(`Edit me ${stamp}`);
    await edit.getByLabel('Name').fill(`Edited ${stamp}`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edited ${stamp}` })).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Copy of Edited ${stamp}` })).toBeVisible();
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByRole('button', { name: 'Confirm delete' }).click();
    await expect(page).toHaveURL(/\/views$/);
    await expect(page.getByRole('link', { name: `Edited ${stamp}`, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `Copy of Edited ${stamp}` })).toHaveCount(0);
  });

  test('a pinned view keeps its events and annotations as they stood, and its owner sees what changed since the pin', async ({ page, browser }) => {
    // A long journey (three events, two views, an annotation edit, a share link): 14 s alone, over 30 s on a busy CI machine.
    test.slow();
    // A word of its own, so that the view's filter matches only this test's events.
    const word = `pinword${Date.now()}`;
    const form = new EventFormPage(page);
    await form.gotoNew();
    await form.fillBasics({ title: `Before the pin ${word}`, type: 'Meeting', date: '2024-03-04' });
    const first = await form.saveAndOpen();
    const panel = new AnnotationsPanel(page);
    await panel.write(`Read at the pin ${word}`);
    await panel.add().click();
    await expect(panel.thread(`Read at the pin ${word}`)).not.toContainText('Saving…');

    await page.goto(`/events?q=${word}`);
    await page.getByRole('button', { name: 'Save view' }).click();
    const save = page.getByRole('form', { name: 'Save view' });
    await save.getByLabel('Name').fill(`Pinned ${word}`);
    await save.getByRole('radio', { name: 'Pinned (as it stands now)' }).check();
    await save.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Pinned ${word}` })).toBeVisible();
    const viewUrl = page.url();
    await expect(page.getByText('Nothing has changed since the pin.')).toBeVisible();
    // A live view of the same search, opened (on saving) before the changes below.
    await page.goto(`/events?q=${word}`);
    await page.getByRole('button', { name: 'Save view' }).click();
    await save.getByLabel('Name').fill(`Live ${word}`);
    await save.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Live ${word}` })).toBeVisible();
    const liveUrl = page.url();

    await form.gotoEdit(first);
    await form.title().fill(`After the pin ${word}`);
    await form.saveAndOpen();
    const thread = panel.thread(`Read at the pin ${word}`);
    await thread.getByRole('button', { name: 'Edit', exact: true }).click();
    await thread.getByRole('textbox', { name: 'Edit annotation' }).fill(`Rewritten after the pin ${word}`);
    await thread.getByRole('button', { name: 'Save annotation' }).click();
    await expect(panel.thread(`Rewritten after the pin ${word}`)).toBeVisible();
    await form.gotoNew();
    await form.fillBasics({ title: `Added after ${word}`, type: 'Meeting', date: '2024-05-06' });
    const second = await form.saveAndOpen();

    // On /views, what changed since the owner last opened the live view (when it was saved): "at least", as
    // the search's last word is counted whole there. The pinned view shows its pin whatever changed.
    await page.goto('/views');
    const liveRow = page.getByRole('listitem').filter({ hasText: `Live ${word}` });
    await expect(liveRow).toContainText('At least 2 added or changed since you last opened it');
    await expect(page.getByRole('listitem').filter({ hasText: `Pinned ${word}` })).toContainText('Pinned: shows its events as they stood');
    // Opened again, nothing is new since.
    await page.goto(liveUrl);
    await page.goto('/views');
    await expect(liveRow).toContainText('No whole-word matches added or changed since you last opened it');

    await page.goto(viewUrl);
    await expect(page.getByRole('heading', { level: 2, name: 'Pinned events' })).toBeVisible();
    await expect(page.getByText('1 matching event', { exact: true })).toBeVisible();
    const events = page.getByRole('region', { name: 'Matching events' });
    await expect(events.getByRole('link', { name: `Before the pin ${word}` })).toBeVisible();
    await expect(events.getByRole('link', { name: `After the pin ${word}` })).toHaveCount(0);
    await expect(events.getByRole('link', { name: `Added after ${word}` })).toHaveCount(0);
    await expect(page.getByText('2 changed since the pin.')).toBeVisible();

    // The pin's chart, and a bar that narrows the view to its period and no further.
    await page.goto(viewUrl);
    const chart = page.getByRole('region', { name: 'Events over time, by type' });
    await chart.getByText('Chart data').click();
    await chart.getByRole('link', { name: 'Narrow to 2024' }).click();
    await expect(page).toHaveURL(/from=2024-01-01&to=2024-12-31/);
    await expect(page.getByText('Showing one period of this view.')).toBeVisible();
    await expect(events.getByRole('link', { name: `Before the pin ${word}` })).toBeVisible();

    // Through a share link too, down to the event's own page, with the annotation as it read at the pin.
    await page.goto(viewUrl);
    await page.getByRole('form', { name: 'Create share link' }).getByLabel('Label').fill('Pinned reader');
    await page.getByRole('button', { name: 'Create share link' }).click();
    const field = page.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/\/shared\//);
    const link = await field.inputValue();
    const anonymous = await browser.newContext();
    const reader = await anonymous.newPage();
    await reader.goto(link);
    await expect(reader.getByRole('heading', { level: 2, name: 'Pinned events' })).toBeVisible();
    await reader.getByRole('link', { name: `Before the pin ${word}` }).click();
    await expect(reader.getByRole('heading', { level: 1, name: `Before the pin ${word}` })).toBeVisible();
    await expect(reader.getByText(`Read at the pin ${word}`)).toBeVisible();
    await expect(reader.getByText(`Rewritten after the pin ${word}`)).toHaveCount(0);
    expect((await reader.goto(`${link}/events/${second}`))?.status()).toBe(404);
    await anonymous.close();

    for (const id of [first, second]) {
      await form.gotoEdit(id);
      await form.delete();
    }
  });
});
