import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // better-sqlite3 and argon2 are native addons: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  experimental: {
    // forbidden(): a real 403 page for signed-in users without the role.
    authInterrupts: true,
  },
  // The Content-Security-Policy is per request, with a nonce (proxy.ts); these are the same for every response.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
