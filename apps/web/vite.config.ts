import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// API prefixes the dev server forwards to a running API; client routes (/log, /board, /partners,
// /history, /sign-in) never reuse them, so a page reload always reaches the app.
const API = ['auth', 'meetings', 'visits', 'pledges', 'follow-ups', 'partnerships', 'timeline', 'topics', 'directory', 'countries', 'organisations', 'people', 'sources', 'audit', 'dossiers', 'engagements'];

/** The staff web app: built into dist/web, which the API serves at `/` (apps/api/src/web). */
export default defineConfig({
  root: __dirname,
  base: '/',
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // react-router marks its modules "use client" for server components; a client bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // `npx vite --config apps/web/vite.config.ts` beside an API on :3000 (or API_URL).
  server: { proxy: Object.fromEntries(API.map((p) => [`/${p}`, process.env.API_URL ?? 'http://localhost:3000'])) },
});
