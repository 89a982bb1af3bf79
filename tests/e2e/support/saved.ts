// Runs in Node: waits until every change the page sent has been answered by the store
// (the app's main region is busy while one is on its way), so a reload cannot drop it.
import { expect, type Page } from '@playwright/test';

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('main.workspace[aria-busy="true"]')).toHaveCount(0);
}
