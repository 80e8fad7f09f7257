// Runs once when the server starts: creates and migrates the database before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDatabase } = await import('./lib/db/client');
    await getDatabase();
    const secret = process.env.SWARMLENS_ADMIN_SECRET;
    if (secret && secret.length < 16) console.warn('SWARMLENS_ADMIN_SECRET is shorter than 16 characters: use a long random secret (e.g. openssl rand -base64 24).');
  }
}
