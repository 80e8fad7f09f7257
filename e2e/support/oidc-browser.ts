// Single sign-on in the browser for e2e/oidc.secured.spec.ts: from Swarmlens's /sign-in through the test
// provider's login and consent pages (e2e/support/oidc-provider.mjs), and what a refused sign-in shows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { OidcProvider } from './oidc-provider.mjs';

export const CALLBACK = '/api/auth/oidc/callback';

/** Signs in as `login` (any password), starting at `app`'s /sign-in?next=NEXT. `hold`: the provider's
 *  answer is not delivered; its URL (the callback with code and state) is returned, with the browser's
 *  sign-in cookie (swarmlens_oidc). */
export async function signInThroughProvider(
  page: Page,
  {
    app,
    provider,
    login,
    next = '/runs',
    hold = false,
  }: {
    app: string;
    provider: OidcProvider;
    login: string;
    next?: string;
    hold?: boolean;
  },
) {
  const answer = hold ? provider.holdNextAnswer() : null;
  await page.goto(`${app}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  if (!answer) return { url: '', cookie: null };
  const url = await answer;
  expect(url.startsWith(`${app}${CALLBACK}?`)).toBe(true);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'swarmlens_oidc') ?? null;
  return { url, cookie };
}

/** On `app`'s /sign-in with error=CODE, saying `sentence`, and not signed in. */
export async function refusedWith(page: Page, app: string, code: string, sentence: string) {
  await expect(page).toHaveURL(new RegExp(`^${app}/sign-in\\?error=${code}\\b`));
  // (Next.js's route announcer is an alert too, empty.)
  await expect(page.getByRole('alert').filter({ hasText: sentence })).toBeVisible();
  expect((await page.request.get(`${app}/api/runs`)).status()).toBe(401);
}

/** A Locust run to upload, in project `project`. */
export function runForm(project: string): FormData {
  const dir = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
  const form = new FormData();
  for (const name of readdirSync(dir)) form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  form.append('project', project);
  form.append('label', `uploaded to ${project}`);
  return form;
}
