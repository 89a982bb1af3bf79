// Runs in Node: every e2e test leaves a picture of what it saw, for people to look at.
import type { Page } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  // Wait for webfonts, or the picture shows fallback glyphs the user never sees.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}
