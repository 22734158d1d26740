import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

export function pingDatabase() {
  getDb().get(sql`select 1`);
}
