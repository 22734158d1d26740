import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';

test.use({ storageState: storageStatePath('analyst') });

test('the overview lists the latest demo events newest first, PIPIR among them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Latest events' });
  await expect(list.getByRole('article', { name: 'PIPIR holds its inaugural plenary in Honolulu' })).toBeVisible();
  await expect(list.getByRole('article', { name: 'New Zealand confirms it takes part in PIPIR' })).toBeVisible();

  const times = await list.locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
  expect(times.length).toBe(8);
  expect([...times].sort().reverse()).toEqual(times);
});

test('health answers ok', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});
