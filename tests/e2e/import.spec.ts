import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';

const HEADER = 'title,type,date,date_precision,countries,initiatives,tags';
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test.describe('CSV import', () => {
  test.use({ storageState: storageStatePath('analyst') });
  // Each check and each import runs the importer in a child process (docs/import.md).
  test.slow();

  test('an analyst checks a file, sees each bad row, then imports a good one and finds it on the timeline', async ({ page }) => {
    const title = `Imported hui on Pacific shipyards ${Date.now()}`;
    await page.goto('/events');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await expect(page.getByRole('heading', { name: /Import/ })).toBeVisible();

    const file = page.getByLabel('CSV file');
    await file.setInputFiles(csvFile('bad.csv', `${HEADER}\r\n${title},meeting,2024-13-40,day,NZL,,\r\nOther row,meeting,2024-10-01,day,XXA,,\r\n`));
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText(/Nothing was imported: 2 errors in 2 rows/)).toBeVisible();
    const errors = page.getByRole('table', { name: 'Errors by row' });
    await expect(errors.getByRole('row', { name: /^2 date/ })).toBeVisible();
    await expect(errors.getByRole('row', { name: /^3 countries Unknown country XXA/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

    await file.setInputFiles(csvFile('good.csv', `${HEADER}\r\n${title},meeting,2024-10-15,day,TON; VUT:host,,shipbuilding\r\n`));
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText(/ready to import: it would create 1 event and update 0 events/)).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 event' }).click();
    await expect(page.getByText(/Imported: created 1 event, updated 0 events; 0 unchanged/)).toBeVisible();

    await page.getByRole('link', { name: 'Open the timeline' }).click();
    await page.getByRole('searchbox', { name: /Search/ }).fill(`"${title}"`);
    await page.getByRole('searchbox', { name: /Search/ }).press('Enter');
    await expect(page.getByText('1 matching event')).toBeVisible();
    await expect(page.getByRole('article', { name: title })).toBeVisible();
  });
});

test.describe('CSV import for viewers', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('is not offered, and the page refuses them', async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByRole('link', { name: 'Export CSV' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import CSV' })).toHaveCount(0);
    const response = await page.goto('/events/import');
    expect(response?.status()).toBe(403);
  });
});
