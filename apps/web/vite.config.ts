import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The staff web app: built into dist/web, which the API serves at `/` (apps/api/src/web). */
export default defineConfig({
  root: __dirname,
  base: '/',
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `npx vite --config apps/web/vite.config.ts` beside a running API on :3000.
    proxy: Object.fromEntries(
      ['auth', 'meetings', 'visits', 'pledges', 'follow-ups', 'partnerships', 'timeline', 'topics', 'directory', 'countries', 'organisations', 'people', 'sources', 'audit', 'dossiers'].map(
        (p) => [`/${p}`, { target: process.env.API_URL ?? 'http://localhost:3000', bypass: (req: { headers: { accept?: string } }) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined) }],
      ),
    ),
  },
});
