import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// The 10,000-event benchmark build takes most of a minute, so it runs in `npm run test:bench` (`--mode bench`), not in every `test:unit`.
const BENCH = 'tests/integration/bench.test.ts';

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests are server code, so it is a no-op here.
      'server-only': path.join(root, 'tests/support/empty.ts'),
    },
  },
  test: {
    include: mode === 'bench' ? [BENCH] : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: mode === 'bench' ? configDefaults.exclude : [...configDefaults.exclude, BENCH],
    setupFiles: ['tests/support/temp-database.ts'],
    pool: 'forks',
    // next-auth imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth'] } },
    testTimeout: 20_000,
  },
}));
