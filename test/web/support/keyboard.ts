import type { Page } from 'playwright-core';

/** The focused element's name as a person hears it: its aria-label, its label, or its own text. */
const FOCUSED_NAME = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return '';
  const labelledBy = el.getAttribute('aria-labelledby');
  const byRef = labelledBy && document.getElementById(labelledBy.split(' ')[0]);
  const byFor = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
  const wrapping = el.closest('label');
  const text = el.getAttribute('aria-label') || (byRef && byRef.textContent) || (byFor && byFor.textContent) || (wrapping && wrapping.textContent) || el.textContent || '';
  return text.replace(/\\s+/g, ' ').trim();
})()`;

/** The text of the combobox's active option (aria-activedescendant), or ''. */
const ACTIVE_OPTION = `(() => {
  const id = document.activeElement && document.activeElement.getAttribute('aria-activedescendant');
  const option = id && document.getElementById(id);
  return option ? option.textContent.replace(/\\s+/g, ' ').trim() : '';
})()`;

const matches = (name: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? name === wanted : wanted.test(name);

/**
 * Drives the page the way someone without a mouse does: Tab to a control by its name, type, and
 * press keys. Nothing here clicks or fills; the page is only read to know where focus is.
 */
export function keyboardOnly(page: Page) {
  const focused = async () => String(await page.evaluate(FOCUSED_NAME));
  const tabTo = async (wanted: string | RegExp, max = 250): Promise<void> => {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const name = await focused();
      if (matches(name, wanted)) return;
      seen.push(name);
    }
    throw new Error(
      `Tab never reached "${wanted}"; it went through: ${[...new Set(seen)].join(' | ')}`,
    );
  };
  const type = (text: string) => page.keyboard.type(text);
  const press = (key: string) => page.keyboard.press(key);
  /** In a search-as-you-type picker: type, arrow down to the wanted option, Enter to pick it. */
  const pick = async (combobox: string, text: string, option: RegExp): Promise<void> => {
    await tabTo(combobox);
    await type(text);
    // As a person waits for the list to settle: until it is no longer searching (aria-busy).
    await page
      .locator('[role="listbox"][aria-busy="false"]')
      .getByRole('option', { name: option })
      .first()
      .waitFor();
    for (let i = 0; i < 20 && !option.test(String(await page.evaluate(ACTIVE_OPTION))); i++)
      await press('ArrowDown');
    await press('Enter');
  };
  return { focused, tabTo, type, press, pick };
}
