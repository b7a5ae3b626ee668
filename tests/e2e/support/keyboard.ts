// Keyboard-only helpers: press Tab until a control has focus, the way a person without a mouse moves.
import type { Locator, Page } from 'playwright-core';

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement, undefined, { timeout: 1000 }).catch(() => false);
}

export async function tabTo(page: Page, target: Locator, { maxPresses = 40, backwards = false } = {}): Promise<void> {
  // Wait (with the normal timeout) for the control to exist; then each press is checked quickly.
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(target)) return;
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Could not reach ${target.toString()} with ${maxPresses} Tab presses; focus is on ${focused}.`);
}
