// Gives every test file its own empty database file, migrated by the real migrations on first use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watchfloor-test-'));
process.env.DATABASE_PATH = path.join(dir, 'test.db');
(globalThis as { watchfloorDb?: unknown }).watchfloorDb = undefined;

afterAll(() => {
  const db = (globalThis as { watchfloorDb?: { $client: { close(): void } } }).watchfloorDb;
  db?.$client.close();
  (globalThis as { watchfloorDb?: unknown }).watchfloorDb = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});
