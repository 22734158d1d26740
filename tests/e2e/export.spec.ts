import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { storageStatePath } from './fixtures/accounts';

async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const text = await readFile((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), rows: parse(text, { columns: true, record_delimiter: ['\r\n'] }) as Record<string, string>[] };
}

test.describe('CSV export', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('a filtered timeline downloads as CSV with the rows /api/events gives', async ({ page }) => {
    await page.goto('/events?country=NZL&type=meeting');
    const { name, rows } = await download(page);
    expect(name).toMatch(/^watchfloor-events-\d{8}-\d{4}\.csv$/);
    const api = await (await page.request.get('/api/events?country=NZL&type=meeting&limit=500')).json();
    expect(rows.map((r) => Number(r.id))).toEqual(api.items.map((i: { id: number }) => i.id));
    expect(rows.map((r) => r.title)).toEqual(api.items.map((i: { title: string }) => i.title));
    expect(rows.length).toBeGreaterThan(0);
  });

  test('the annotations list and a country’s stance ledger download too', async ({ page }) => {
    await page.goto('/annotations');
    const annotations = await download(page);
    expect(annotations.name).toMatch(/^watchfloor-annotations-/);
    await page.goto('/countries/NZL');
    const stances = await download(page);
    expect(stances.name).toMatch(/^watchfloor-stances-/);
    expect(stances.rows.length).toBeGreaterThan(0);
    expect(new Set(stances.rows.map((r) => r.country))).toEqual(new Set(['NZL']));
  });
});
