// Runs once when the server starts: creates and migrates the database before the first request.
// A database that is down at start does not stop the server: it serves, /api/health and every
// request that needs the database answer 503, and the first request after it is back migrates.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDatabase } = await import('./lib/server/db/client');
    await getDatabase().catch(() => undefined); // getDatabase logged why; the next request retries
    // Webhook deliveries (lib/server/services/webhook-worker.ts): every instance runs a worker on the shared
    // outbox; SWARMLENS_WEBHOOK_WORKER=off leaves it to the others. Never while `next build` prerenders.
    if (process.env.SWARMLENS_WEBHOOK_WORKER !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startWebhookWorker } = await import('./lib/server/services/webhook-worker');
      startWebhookWorker();
    }
    // Change points (lib/server/services/history-worker.ts): the same, with SWARMLENS_HISTORY_WORKER=off.
    if (process.env.SWARMLENS_HISTORY_WORKER !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startHistoryWorker } = await import('./lib/server/services/history-worker');
      startHistoryWorker();
    }
    const secret = process.env.SWARMLENS_ADMIN_SECRET;
    if (secret && secret.length < 16)
      console.warn(
        'SWARMLENS_ADMIN_SECRET is shorter than 16 characters: use a long random secret (e.g. ' +
          'openssl rand -base64 24).',
      );
  }
}
