import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../support/test-app';
import { buildWebApp, launchChromium } from './browser';

/** The API on a fresh store, serving a fresh build of the web app, and headless Chromium to drive it. */
export interface WebApp {
  t: TestApp;
  /** `http://127.0.0.1:<port>`, where the API listens. */
  base: string;
  browser: Browser;
  /**
   * A page of its own browser context (1366×900), signed in with the token; resolves once the
   * header says who is signed in (`who`: "desk-officer (recorder, analyst)", or a pattern).
   */
  signIn(token: string, who: string | RegExp, options?: SignInOptions): Promise<Page>;
  /** Closes the browser and the API and removes the build. */
  close(): Promise<void>;
}

export interface SignInOptions {
  /** The context's default timeout for each step (15 s unless told). */
  timeout?: number;
  /** Called with the new context before its page opens (to listen to its requests, say). */
  onContext?: (context: BrowserContext) => void;
}

/**
 * What every browser spec sets up first: builds the web app (`buildWebApp`), starts the API on a
 * fresh store serving it (`createTestApp`, listening on a free port) and launches Chromium. Call it
 * in `beforeAll` (inside `describeInBrowser`) and `close` it in `afterAll`.
 */
export async function startWebApp(): Promise<WebApp> {
  const webDir = buildWebApp();
  process.env.WEB_DIR = webDir;
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    rmSync(webDir, { recursive: true, force: true });
  };
  try {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    const started = browser;
    const signIn = async (token: string, who: string | RegExp, options: SignInOptions = {}) => {
      const context = await started.newContext({ viewport: { width: 1366, height: 900 } });
      context.setDefaultTimeout(options.timeout ?? 15_000);
      options.onContext?.(context);
      const page = await context.newPage();
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('API token').fill(token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(who).waitFor();
      // The page signed into focuses its heading in an effect after it shows: typing before that
      // (a search, a form) could lose its focus to the heading mid-keystroke on a busy machine.
      await page.locator('h1:focus').waitFor();
      return page;
    };
    return { t, base, browser, signIn, close };
  } catch (error) {
    await close();
    throw error;
  }
}
