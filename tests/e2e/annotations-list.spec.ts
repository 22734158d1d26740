import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';
import { AnnotationListPage } from './pages/annotation-list-page';
import { AnnotationsPanel } from './pages/annotations-panel';
import { EventFormPage } from './pages/event-form-page';

test.describe('the annotation list', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('filters by kind and tag, and leads from an item to its event', async ({ page }) => {
    const tag = `watch-${Date.now().toString(36)}`;
    const title = 'Listed with its annotations';
    const form = new EventFormPage(page);
    await form.gotoNew();
    await form.fillBasics({ title, summary: 'A meeting to annotate and list.', type: 'Meeting', date: '2024-10-10' });
    const id = await form.saveAndOpen();

    const panel = new AnnotationsPanel(page);
    await panel.write('A plain note about the meeting.', { tags: tag });
    await panel.add().click();
    await expect(panel.thread('A plain note about the meeting.')).not.toContainText('Saving…');
    await panel.write('The partners will meet again within the year.', { kind: 'Judgment', tags: tag });
    await panel.form().getByLabel('Likelihood').selectOption({ label: 'Very likely (80–95%)' });
    await panel.form().getByLabel('Confidence').selectOption({ label: 'High confidence' });
    await panel.add().click();
    await expect(panel.thread('The partners will meet again')).not.toContainText('Saving…');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Annotations' }).click();
    const list = new AnnotationListPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Annotations' })).toBeVisible();
    await list.field('Kind').selectOption({ label: 'Judgment' });
    await list.field('Annotation tag').fill(tag);
    await list.apply();
    await expect(page).toHaveURL(new RegExp(`kind=judgment.*annotationTag=${tag}|annotationTag=${tag}.*kind=judgment`));
    await expect(list.items()).toHaveCount(1);
    const item = list.item('The partners will meet again within the year.');
    await expect(item).toContainText('Very likely (80–95%)');
    await expect(item).toContainText(`#${tag}`);

    // Only notes: the judgment leaves, the note comes.
    await list.field('Kind').selectOption({ label: 'Note' });
    await list.apply();
    await expect(list.items()).toHaveCount(1);
    await expect(list.item('A plain note about the meeting.')).toBeVisible();

    // An event filter that matches another type leaves nothing, and says what to do.
    await list.field('Event type').selectOption({ label: 'Exercise' });
    await list.apply();
    await expect(page.getByText('No annotations match these filters.')).toBeVisible();

    await list.goto(`?annotationTag=${tag}`);
    await expect(list.items()).toHaveCount(2);
    await list.item('A plain note about the meeting.').getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${id}#annotations-heading$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await form.gotoEdit(id);
    await form.delete();
  });
});
