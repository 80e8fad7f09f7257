// GET /api/health – 200 { ok: true, db } when the database answers; 503 { ok: false, db, error,
// reason } while it is down, full... (it answers 200 again once the database is back, no restart), or while this
// worker warms up (reason "warming", scripts/warm-up.mjs).
import { withErrors, json, PUBLIC_ANSWER } from '@/lib/server/http/respond';
import { checkHealth } from '@/lib/server/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => {
  const health = await checkHealth();
  return json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}, PUBLIC_ANSWER);
