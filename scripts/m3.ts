import { openDatabase } from '@/db/client';
import { listAnnotationPage } from '@/db/queries/annotation-list';
import { EMPTY_ANNOTATION_QUERY } from '@/lib/annotations/filters';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
const db = openDatabase('/tmp/wf-1m.db');
const c = db.$client;
const reader = { id: (c.prepare('select min(author_id) id from annotations').get() as { id: number }).id };
for (const q of ['submarine', 'defence', 'navy', 'def', 'tubihapeva', 'honolulu']) {
  const n = (c.prepare('select count(*) n from events_fts where events_fts match ?').get(`"${q}"*`) as { n: number }).n;
  const ts: number[] = [];
  let r;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    r = listAnnotationPage({ query: EMPTY_ANNOTATION_QUERY, events: { ...EMPTY_FILTER, q }, page: { limit: 25, before: null }, reader }, db);
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(`| ${q} | ${n} | ${r!.items.length} | ${r!.broadText} | ${ts[10]!.toFixed(1)} | ${ts[19]!.toFixed(1)} |`);
}
