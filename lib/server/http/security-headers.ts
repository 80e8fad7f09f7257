// The Content-Security-Policy of every page: scripts only from this origin and only those carrying
// the request's nonce (Next.js puts it on its own scripts when it finds it in the request's CSP
// header), no eval in production, no framing, no plugins, forms and <base> pinned to this origin.
// Styles allow inline attributes: charts and layout use style="…", and a style cannot run code.

export interface PolicyOptions {
  /** base64, fresh for every request (>= 128 random bits). */
  nonce: string;
  /** `next dev`: React needs eval for its debug stacks, and hot reload talks over a WebSocket. */
  development: boolean;
}

export function pageContentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** API responses are data, never documents: nothing may load or run from them, nor frame them. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries (next.config.ts), besides the CSP. */
export const BASE_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** Every answer that depends on who asks (the API, the gate's refusals and redirects): no cache may keep
 *  it, and one that ignores no-store must still tell callers apart by their cookie and bearer token. */
export const PER_CALLER_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'private, no-store',
  Vary: 'Cookie, Authorization',
};
