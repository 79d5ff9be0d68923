import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: CI installs it (`apt-get install -y chromium`); browsers cannot be downloaded here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Browser tests run where Chromium is installed and are skipped, saying so, where it is not. */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasChromium) return describe(name, body);
  describe(name, () => {
    it.skip(`needs Chromium at ${CHROMIUM} (apt-get install -y chromium); skipped`, () =>
      undefined);
  });
  console.warn(
    `[web e2e] SKIPPED "${name}": no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
  );
}

/**
 * Builds the web app into a fresh directory, so the test never serves a stale dist/web.
 * WEB_SOURCE_ROOT builds another checkout's app instead: how a spec is shown to fail before its fix.
 */
export function buildWebApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'chancery-web-'));
  const vite = join(__dirname, '../../../node_modules/.bin/vite');
  execFileSync(
    vite,
    [
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: process.env.WEB_SOURCE_ROOT ?? join(__dirname, '../../..'),
      stdio: 'pipe',
    },
  );
  return outDir;
}

/** Headless Chromium with its background networking off: this machine's network is closed. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
