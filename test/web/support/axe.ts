import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once; evaluated in the page (no script tag, so the CSP stays as served). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What the browser tests refuse: axe's two worst impact levels. */
const BLOCKING = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the elements at fault (the first few). */
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules and best practices) on the page as it stands, and
 * returns its serious and critical violations. Any web spec may call it after a page has loaded.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const findings = (await page.evaluate(`(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  })()`)) as AxeFinding[];
  return findings.filter((f) => BLOCKING.includes(f.impact));
}

/** One line per finding, for a failure message a person can act on. */
export const describeFindings = (where: string, findings: AxeFinding[]): string[] =>
  findings.map((f) => `${where}: [${f.impact}] ${f.rule} — ${f.help} (${f.targets.join(', ')})`);

/** Fails with every serious or critical violation on the page, named with where it was found. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(describeFindings(where, await seriousViolations(page))).toEqual([]);
}
