import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The e2e tests build into their own folder, so they never disturb a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and Node-only modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Share links are for the people they are sent to, not for search engines.
      { source: '/s/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
};

export default nextConfig;
