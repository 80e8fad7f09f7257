import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, BASE_SECURITY_HEADERS } from './lib/server/http/security-headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` serves its scripts and hot reload to http://127.0.0.1 as well as http://localhost.
  allowedDevOrigins: ['127.0.0.1'],
  // The e2e tests build into their own folder, so they never disturb a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and Node-only modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  async headers() {
    return [
      // Pages get their CSP (with a per-request nonce) from proxy.ts.
      { source: '/:path*', headers: [...BASE_SECURITY_HEADERS] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
      // Share links are for the people they are sent to, not for search engines.
      { source: '/s/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
};

export default nextConfig;
