// Liveness and readiness for operators and Playwright's web server: 200 once the database answers.
import { pingDatabase } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    pingDatabase();
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: 'database unavailable' }, { status: 503 });
  }
}
