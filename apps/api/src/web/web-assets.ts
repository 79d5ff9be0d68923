import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the built front end lives: `WEB_DIR`, else `dist/web` at the repository root. The root is
 * found by walking up to package.json because this file runs from `apps/api/src` under jest and
 * from deep inside `dist/` once built.
 */
export function webAssetsDir(env: NodeJS.ProcessEnv = process.env, from: string = __dirname): string {
  if (env.WEB_DIR) return resolve(env.WEB_DIR);
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

/** A page load from a browser, as opposed to an API client or a script fetching JSON. */
export function wantsHtml(accept: string | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '');
}
