import { LINK_BUTTON } from '@/components/ui/button';

/** "Sign in with <provider>": a full navigation to /api/auth/oidc/start, which sends the browser to the
 *  OpenID provider and, once signed in there, back to `next` (a local path, already checked). */
export function SsoButton({ displayName, next }: { displayName: string; next: string }) {
  const href = `/api/auth/oidc/start?next=${encodeURIComponent(next)}`;
  return (
    // A plain link, not next/link: the start route answers with a redirect to another site.
    <a href={href} className={`${LINK_BUTTON.primary} w-full`}>
      Sign in with {displayName}
    </a>
  );
}
