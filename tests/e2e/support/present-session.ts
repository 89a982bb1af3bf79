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
  await expect(page.locator('[data-view="present"] nav')).toBeVisible({ timeout: 30_000 });
}

export async function startTalk(page: Page, visitId: string, language: string): Promise<Talk> {
  await page.locator(`[data-visit="${visitId}"]`).click();
  await page.getByTestId('present-language').selectOption(language);
  const popup = page.waitForEvent('popup');
  await page.getByTestId('present-start').click();
  const audience = await popup;
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(audience.locator('.audience-view .slide')).toBeVisible({ timeout: 30_000 });
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
  // On the context: the audience pop-up opened later records too.
  await page.context().addInitScript(() => {
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

/**
 * What spills out of the audience's slide, measured on element boxes: every element must lie
 * inside the slide and inside its heading or body box, boxes that clip must hold their
 * content, and the scaled slide must lie inside the window. Empty when all fits.
 */
export async function audienceOverflow(audience: Page): Promise<string[]> {
  return audience.evaluate(() => {
    const problems: string[] = [];
    const slide = document.querySelector('.audience-view .slide');
    if (!slide) return ['no slide shown'];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 30)}”`;
    const inside = (r: DOMRect, box: DOMRect, slack: number) =>
      r.left >= box.left - slack && r.right <= box.right + slack && r.top >= box.top - slack && r.bottom <= box.bottom + slack;
    const frame = slide.getBoundingClientRect();
    // The slide is scaled: a CSS pixel of the design is `scale` window pixels.
    const scale = frame.width / 1600;
    const slack = Math.max(1, scale);
    const win = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    if (!inside(frame, win, 1)) problems.push(`slide outside the window: ${JSON.stringify(frame)}`);
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (!inside(r, frame, slack)) problems.push(`outside the slide: ${name(el)}`);
    }
    for (const box of slide.querySelectorAll('.slide-heading, .slide-body')) {
      const limit = box.getBoundingClientRect();
      for (const el of box.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && !inside(r, limit, slack)) problems.push(`outside its box: ${name(el)}`);
      }
    }
    for (const el of [slide, ...slide.querySelectorAll('*')] as HTMLElement[]) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`clipped: ${name(el)}`);
    }
    return problems;
  });
}

/** The slide a view shows: its key and part ("block:x 2/3"). */
export async function shownSlide(page: Page, view: 'audience' | 'presenter'): Promise<string> {
  const selector = view === 'audience' ? '.audience-view .slide' : '.presenter-current .slide';
  return page.locator(selector).evaluate((el) => `${el.getAttribute('data-slide-key')} ${el.getAttribute('data-part')}`);
}

/** Both views show the same slide (the audience follows over the channel). */
export async function expectInStep(talk: Talk): Promise<string> {
  const presenter = await shownSlide(talk.presenter, 'presenter');
  await expect.poll(() => shownSlide(talk.audience, 'audience')).toBe(presenter);
  return presenter;
}
