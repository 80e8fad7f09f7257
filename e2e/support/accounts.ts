// Named accounts for e2e specs, made the way a team makes them: the admin (signed in with the admin
// secret) invites, the invited person accepts the link with a name and a password.
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';

export const E2E_SECRET = 'e2e-admin-secret';
export const PASSWORD = 'a long enough password';

export interface Invite {
  email: string;
  role: 'viewer' | 'editor' | 'admin';
  projectId?: string;
  projectRole?: 'viewer' | 'editor';
}

/** A request context signed in with the admin secret. */
export async function adminSecretContext(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  const res = await api.post('/api/auth/sign-in', { data: { secret: E2E_SECRET, name: 'Admin' } });
  expect(res.status()).toBe(200);
  return api;
}

/** Invites `invite` as `admin` and accepts it in a new context, which is then signed in as that account. */
export async function invitedAccount(
  admin: APIRequestContext,
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  invite: Invite,
  name = invite.email.split('@')[0]!,
): Promise<{ api: APIRequestContext; userId: string }> {
  const made = await admin.post('/api/invitations', { data: invite });
  expect(made.status(), await made.text()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  const api = await playwright.request.newContext({ baseURL });
  const accepted = await api.post('/api/invitations/accept', { data: { token, name, password: PASSWORD } });
  expect(accepted.status(), await accepted.text()).toBe(201);
  const users = (await (await admin.get('/api/users')).json()) as { users: { id: string; email: string }[] };
  return { api, userId: users.users.find((u) => u.email === invite.email.toLowerCase())!.id };
}
