import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStatePath, type AccountName } from './fixtures/accounts';
import { AnnotationsPanel } from './pages/annotations-panel';
import { EventFormPage } from './pages/event-form-page';

// Each test writes on an event of its own and deletes it again: other specs count the demo events.
async function newEvent(page: Page, title: string): Promise<number> {
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, summary: 'A meeting to annotate.', type: 'Meeting', date: '2024-10-09' });
  return form.saveAndOpen();
}

async function removeEvent(page: Page, id: number) {
  const form = new EventFormPage(page);
  await form.gotoEdit(id);
  await form.delete();
}

async function openAs(browser: Browser, account: AccountName) {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return { context, page: await context.newPage() };
}

test.describe('annotations', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('an annotation shows at once, before the server has answered, and stays once stored', async ({ page }) => {
    const id = await newEvent(page, 'Annotated at once');
    const panel = new AnnotationsPanel(page);
    // Hold the server action's answer, so what shows meanwhile is the optimistic copy.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/events/${id}`, async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await panel.write('Wellington is likely to join the *second* plenary.', { kind: 'Judgment' });
    await panel.form().getByLabel('Likelihood').selectOption({ label: 'Likely (55–80%)' });
    await panel.form().getByLabel('Confidence').selectOption({ label: 'Moderate confidence' });
    await panel.add().click();
    const thread = panel.thread('Wellington is likely to join');
    await expect(thread).toBeVisible();
    await expect(thread).toContainText('Saving…');
    release();
    await expect(thread).not.toContainText('Saving…');
    await expect(thread).toContainText('Analyst judgment');
    await expect(thread).toContainText('Likely (55–80%)');
    await expect(thread.locator('em')).toHaveText('second');
    await expect(panel.body()).toHaveValue('');
    await page.unroute(`**/events/${id}`);
    await page.reload();
    await expect(panel.thread('Wellington is likely to join')).toBeVisible();
    await removeEvent(page, id);
  });

  test('a refused annotation is taken back and the form says why', async ({ page, browser }) => {
    const id = await newEvent(page, 'Deleted while annotating');
    const panel = new AnnotationsPanel(page);
    await panel.write('This will not be stored.');
    // Meanwhile an admin deletes the event.
    const admin = await openAs(browser, 'admin');
    await removeEvent(admin.page, id);
    await admin.context.close();
    await panel.add().click();
    await expect(panel.status()).toHaveText('Please correct the highlighted fields.');
    await expect(panel.form()).toContainText(`No such event: #${id}`);
    await expect(page.getByText('This will not be stored.', { exact: true })).toHaveCount(0);
    await expect(panel.body()).toHaveValue('This will not be stored.');
  });

  test('HTML and javascript: links in an annotation render as inert text', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`A dialog opened: ${dialog.message()}`);
    });
    const id = await newEvent(page, 'Annotated with markup');
    const panel = new AnnotationsPanel(page);
    await panel.write('<img src=x onerror=alert(1)> and [click me](javascript:alert(2)) and [a source](https://example.org/report)');
    await panel.add().click();
    const thread = panel.thread('onerror');
    await expect(thread).toContainText('<img src=x onerror=alert(1)>');
    await expect(thread.locator('img')).toHaveCount(0);
    await expect(thread.getByRole('link', { name: 'click me' })).toHaveCount(0);
    const link = thread.getByRole('link', { name: 'a source' });
    await expect(link).toHaveAttribute('href', 'https://example.org/report');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await page.reload();
    await expect(panel.thread('onerror').locator('img')).toHaveCount(0);
    await removeEvent(page, id);
  });

  test('a private annotation shows to its author alone, on every page, count and search', async ({ page, browser }) => {
    const word = `zephyrine${Date.now().toString(36)}`;
    const id = await newEvent(page, 'Privately annotated');
    const panel = new AnnotationsPanel(page);
    await panel.write(`My own hunch: ${word}.`, { visibility: 'Private' });
    await panel.add().click();
    await expect(panel.thread(word)).toContainText('Private');
    await expect(panel.thread(word)).not.toContainText('Saving…');
    await panel.write(`A note for the team about the plenary.`);
    await panel.add().click();
    await expect(panel.thread('A note for the team')).not.toContainText('Saving…');

    // The author finds it by its word, and the timeline counts it.
    await page.goto(`/events?q=${word}`);
    await expect(page.getByRole('article', { name: 'Privately annotated' })).toContainText('2 annotations');

    const colleague = await openAs(browser, 'colleague');
    const other = colleague.page;
    await other.goto(`/events/${id}`);
    await expect(other.getByText('A note for the team about the plenary.')).toBeVisible();
    await expect(other.getByText(word)).toHaveCount(0);
    await other.goto(`/events?q=${word}`);
    await expect(other.getByText(/^No events match these filters\./)).toBeVisible();
    await other.goto('/events?q=Privately');
    await expect(other.getByRole('article', { name: 'Privately annotated' })).toContainText('1 annotation');
    await other.goto('/annotations');
    await expect(other.getByText(word)).toHaveCount(0);
    for (const url of [`/api/annotations?event=${id}`, `/api/events?q=${word}`, `/api/annotations`]) {
      const body = await (await other.request.get(url)).text();
      expect(body, url).not.toContain(word);
    }
    expect((await (await other.request.get(`/api/events?q=${word}`)).json()).total).toBe(0);
    await colleague.context.close();

    await removeEvent(page, id);
  });
});

test.describe('who may do what, as the page shows it', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('another analyst may reply and resolve but not edit or delete; a viewer only reads', async ({ page, browser }) => {
    const id = await newEvent(page, 'Annotated by one, read by others');
    const panel = new AnnotationsPanel(page);
    await panel.write('A team note by Ana.');
    await panel.add().click();
    const mine = panel.thread('A team note by Ana.');
    await expect(mine).not.toContainText('Saving…');
    await expect(mine.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();

    const colleague = await openAs(browser, 'colleague');
    await colleague.page.goto(`/events/${id}`);
    const theirs = new AnnotationsPanel(colleague.page).thread('A team note by Ana.');
    await expect(theirs.getByRole('button', { name: 'Reply' })).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(theirs.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
    await theirs.getByRole('button', { name: 'Resolve thread' }).click();
    await expect(theirs).toContainText('Resolved by Colin League');
    await colleague.context.close();

    const viewer = await openAs(browser, 'viewer');
    await viewer.page.goto(`/events/${id}`);
    const read = new AnnotationsPanel(viewer.page);
    await expect(read.thread('A team note by Ana.')).toBeVisible();
    await expect(read.form()).toHaveCount(0);
    await expect(read.thread('A team note by Ana.').getByRole('button')).toHaveCount(0);
    await viewer.context.close();

    await removeEvent(page, id);
  });
});

test.describe('annotations without JavaScript', () => {
  test.use({ storageState: storageStatePath('analyst'), javaScriptEnabled: false });

  test('an annotation and a reply post and show, and a refused one keeps its text', async ({ page }) => {
    await page.goto('/events?q=AUKUS');
    await page.getByRole('link', { name: 'AUKUS partnership announced' }).first().click();
    const panel = new AnnotationsPanel(page);
    await panel.body().fill('Posted before any script ran.');
    await panel.tags().fill(Array.from({ length: 21 }, (_, i) => `t${i}`).join(', '));
    await panel.add().click();
    await expect(panel.form()).toContainText('At most 20 tags (this has 21)');
    await expect(panel.body()).toHaveValue('Posted before any script ran.');
    await panel.tags().fill('no-script');
    await panel.add().click();
    const thread = panel.thread('Posted before any script ran.');
    await expect(thread).toContainText('#no-script');
    await thread.getByLabel('Your reply').fill('And a reply, also without script.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(panel.thread('Posted before any script ran.')).toContainText('And a reply, also without script.');
    const again = panel.thread('Posted before any script ran.');
    await again.getByText('Delete', { exact: true }).filter({ visible: true }).first().click();
    await again.getByRole('button', { name: 'Yes, delete' }).first().click();
    await expect(panel.thread('Posted before any script ran.')).toHaveCount(0);
  });
});
