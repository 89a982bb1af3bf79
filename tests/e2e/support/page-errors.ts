// Runs in Node: collects what a page reports as broken (uncaught errors, console errors such
// as a 404 or a CSP refusal), so each test can insist on none.
import type { Page } from '@playwright/test';

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  return errors;
}

/** Every test of the file fails if its page reported an error (installs the hooks). */
export function failOnPageErrors(test: { beforeEach: (fn: (args: { page: Page }) => void) => void; afterEach: (fn: () => void) => void }, expect: (value: unknown, message?: string) => { toEqual(expected: unknown): void }): void {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = collectPageErrors(page);
  });
  test.afterEach(() => {
    expect(pageErrors, 'uncaught errors, console errors or failed requests').toEqual([]);
  });
}

/** Before the app starts, as if chosen in Settings earlier: no reload mid-load aborts font requests. */
export async function useLanguage(page: Page, language: 'zh-CN' | 'en' | 'ar'): Promise<void> {
  await page.addInitScript((uiLanguage) => localStorage.setItem('briefing-desk.settings', JSON.stringify({ uiLanguage })), language);
}
