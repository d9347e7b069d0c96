import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^vn-portal-kit\/(.+)$/, replacement: `${src}$1/index.ts` },
      { find: /^vn-portal-kit$/, replacement: `${src}index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/_lib/setup.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
