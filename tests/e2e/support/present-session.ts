// Runs in Node: opens the Present area on a sample visit and starts a talk: the presenter
// view in the page, the audience view in the pop-up it opens (the second window of the
// browser host), and a recorder of every message on the talk's channel.
import { expect, type Page } from '@playwright/test';
import { useLanguage } from './page-errors';

export const ENVOYS_VISIT = 'vis-envoys-visit';
export const KYRGYZ_VISIT = 'vis-kyrgyz-study-visit';

export interface Talk {
  presenter: Page;
  audience: Page;
}

/** The Present area of a fresh browser profile, the sample workspace open. */
export async function openPresentArea(page: Page, uiLanguage: 'zh-CN' | 'en' | 'ar' = 'en'): Promise<void> {
  await useLanguage(page, uiLanguage);
  await page.goto('/#/present');
  await expect(page.locator('[data-view="present"] nav')).toBeVisible();
}

export async function startTalk(page: Page, visitId: string, language: string): Promise<Talk> {
  await page.locator(`[data-visit="${visitId}"]`).click();
  await page.getByTestId('present-language').selectOption(language);
  const popup = page.waitForEvent('popup');
  await page.getByTestId('present-start').click();
  const audience = await popup;
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(audience.locator('.audience-view .slide')).toBeVisible();
  return { presenter: page, audience };
}

/** "3 / 17" → 3. */
export async function presenterPosition(page: Page): Promise<{ index: number; count: number }> {
  const text = (await page.getByTestId('slide-position').textContent()) ?? '';
  const [index, count] = text.split('/').map((part) => Number(part.trim()));
  return { index: index!, count: count! };
}

/** Every message posted on any Briefing Desk presentation channel, as the page's window receives it. */
export async function recordChannel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const NativeChannel = window.BroadcastChannel;
    const seen: unknown[] = [];
    (window as unknown as { __channelMessages: unknown[] }).__channelMessages = seen;
    window.BroadcastChannel = class extends NativeChannel {
      constructor(name: string) {
        super(name);
        this.addEventListener('message', (event) => seen.push(JSON.parse(JSON.stringify(event.data))));
        const post = this.postMessage.bind(this);
        this.postMessage = (message: unknown) => {
          seen.push(JSON.parse(JSON.stringify(message)));
          post(message);
        };
      }
    };
  });
}
