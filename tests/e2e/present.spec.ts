// Runs in Node: the projector mode in real Chromium through the browser host: the presenter
// view in the page, the audience view in the pop-up it opens, in step over the channel.
// Every key of a talk, blank and return, jump, layout cycle, text size, the glossary lookup
// by Arabic, Russian and Chinese forms, keys pressed on the audience window, Esc; the
// audience never shows or receives internal content (markers planted in every internal
// field); Arabic slides read right to left; the slides of the sample visits fit at three
// window sizes. Screenshots of an Arabic, a Russian and a side-by-side slide are saved.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CSP_ORIGIN, serveUnderDesktopCsp } from './support/desktop-csp-server';
import { waitForSaved } from './support/saved';
import { failOnPageErrors } from './support/page-errors';
import { seriousAxeViolations } from './support/present-axe';
import { saveScreenshot } from './support/screenshot';
import {
  audienceOverflow,
  ENVOYS_VISIT,
  expectInStep,
  KYRGYZ_VISIT,
  openPresentArea,
  presenterPosition,
  recordChannel,
  shownSlide,
  startTalk,
  type Talk,
} from './support/present-session';

const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  library: { sections: { id: string; blocks: { id: string }[] }[] };
  delegations: { id: string }[];
  visits: { id: string; delegationId: string; pack: { sectionIds: string[] }; stops: { id: string }[] }[];
  glossary: { terms: { id: string }[] };
};

failOnPageErrors(test, expect);
// A talk opens two windows and fits every slide first: more than the default half minute on a loaded CI machine.
test.describe.configure({ timeout: 90_000 });

async function press(talk: Talk, ...keys: string[]): Promise<void> {
  for (const key of keys) await talk.presenter.keyboard.press(key);
}

async function at(talk: Talk, index: number): Promise<void> {
  await expect(talk.presenter.getByTestId('slide-position')).toHaveText(new RegExp(`^${index} / \\d+$`));
  await expectInStep(talk);
}

test('every key of a talk moves both views in step', async ({ page }) => {
  await openPresentArea(page);
  const talk = await startTalk(page, KYRGYZ_VISIT, 'ru');
  await at(talk, 1);
  const { count } = await presenterPosition(page);
  expect(count).toBeGreaterThan(10);
  await press(talk, 'ArrowRight');
  await at(talk, 2);
  await press(talk, 'PageDown');
  await at(talk, 3);
  await press(talk, 'Space');
  await at(talk, 4);
  await press(talk, 'Enter');
  await at(talk, 5);
  await press(talk, 'ArrowLeft');
  await at(talk, 4);
  await press(talk, 'PageUp');
  await at(talk, 3);
  await press(talk, 'Backspace');
  await at(talk, 2);
  await press(talk, 'End');
  await at(talk, count);
  await press(talk, 'ArrowRight');
  await at(talk, count); // the last slide stays
  await press(talk, 'Home');
  await at(talk, 1);
  // A number then Enter jumps; Backspace corrects the number first.
  await press(talk, '1', '2', 'Backspace', '0');
  await expect(page.getByTestId('presenter-status')).toContainText('10');
  await press(talk, 'Enter');
  await at(talk, 10);
  // The slide-number field jumps too.
  await page.getByLabel(/^Slide$/).fill('7');
  await page.getByLabel(/^Slide$/).press('Enter');
  await at(talk, 7);
  // F5 starts from the first slide again.
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await press(talk, 'F5');
  await at(talk, 1);
  // A clicker aimed at the projector's window: keys pressed there drive the talk.
  await talk.audience.keyboard.press('ArrowRight');
  await at(talk, 2);
  await talk.audience.keyboard.press('PageUp');
  await at(talk, 1);
  await saveScreenshot(page, 'present-presenter-ru');
  // Esc ends the talk: the presenter view closes and so does the audience window.
  await press(talk, 'Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect.poll(() => talk.audience.isClosed()).toBe(true);
});

test('B or . blacks the screen, W or , whitens it, the same key returns; the presenter still sees the slide', async ({ page }) => {
  await openPresentArea(page);
  const talk = await startTalk(page, ENVOYS_VISIT, 'en');
  const blank = talk.audience.locator('.audience-blank');
  for (const [key, color] of [['b', 'black'], ['.', 'black'], ['w', 'white'], [',', 'white']] as const) {
    await press(talk, key);
    await expect(blank).toHaveAttribute('data-blank', color);
    const fill = await blank.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe(color === 'black' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
    // It covers the whole window.
    const box = (await blank.boundingBox())!;
    expect(box.width).toBe(talk.audience.viewportSize()!.width);
    await expect(page.locator('.presenter-current .slide')).toBeVisible();
    await press(talk, key);
    await expect(blank).toHaveCount(0);
  }
  // Black, then White switches straight to white; moving on lifts the blank.
  await press(talk, 'b', 'w');
  await expect(blank).toHaveAttribute('data-blank', 'white');
  await press(talk, 'ArrowRight');
  await expect(blank).toHaveCount(0);
  await at(talk, 2);
});

test('L cycles the four layouts and Ctrl+= / Ctrl+- change the text size, in both views', async ({ page }) => {
  await openPresentArea(page);
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  await press(talk, 'ArrowRight', 'ArrowRight');
  const layoutOf = (p: Page, selector: string) => p.locator(selector).evaluate((el) => el.className.match(/slide-layout-([a-z-]+)/)![1]);
  const seen: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const presenter = await layoutOf(page, '.presenter-current .slide');
    await expect.poll(() => layoutOf(talk.audience, '.audience-view .slide')).toBe(presenter);
    seen.push(presenter);
    await press(talk, 'l');
    await expect.poll(() => layoutOf(page, '.presenter-current .slide')).not.toBe(presenter);
  }
  expect(seen).toEqual(['side-by-side', 'stacked', 'zh', 'target', 'side-by-side']);
  // Text size: the title slide has room to grow, so its text grows and shrinks.
  await press(talk, 'Home');
  await at(talk, 1);
  const size = () => talk.audience.locator('.audience-view .slide').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await press(talk, 'Control+=');
  await expect.poll(size).toBeGreaterThan(before);
  await press(talk, 'Control+-', 'Control+-');
  await expect.poll(size).toBeLessThan(before);
  await expectInStep(talk);
});

test('the glossary finds a term by its Arabic, Russian and Chinese forms and marks forbidden variants', async ({ page }) => {
  await openPresentArea(page);
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  const search = page.getByLabel('Find a term in any language');
  const hit = page.locator('.glossary-hit').first();
  for (const query of ['نُقْطَة الاتـصال التشريعي', 'низовой пункт', '基层立法联系点']) {
    await search.fill(query);
    await expect(hit).toHaveAttribute('data-term', 'term-outreach-point');
    await expect(hit.locator('.glossary-approved[lang="ar"]')).toHaveText('نقطة الاتصال التشريعي على المستوى الشعبي');
    await expect(hit.locator('.glossary-approved[lang="ar"]')).toHaveAttribute('dir', 'rtl');
    await expect(hit.locator('.glossary-approved[lang="zh"]')).toHaveText('基层立法联系点');
    await expect(hit.locator('del[data-forbidden]')).toContainText(['مكتب الاتصال التشريعي']);
  }
  // Typing in the field moves no slide.
  await expect(page.getByTestId('slide-position')).toHaveText(/^1 \//);
  // Found by a forbidden variant: said so.
  await search.fill('legislative contact point');
  await expect(hit.locator('.glossary-matched')).toContainText('forbidden');
  await saveScreenshot(page, 'present-glossary-ar');
  await search.press('Escape');
  await expect(search).toHaveValue('');
});

test('Arabic slides read right to left, with lang and dir; side by side puts the Arabic on the right', async ({ page }) => {
  await openPresentArea(page, 'ar');
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  await press(talk, 'ArrowRight');
  await expectInStep(talk);
  const slide = talk.audience.locator('.audience-view .slide');
  const arabic = slide.locator('.slide-column-target');
  const chinese = slide.locator('.slide-column-source');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(chinese).toHaveAttribute('lang', 'zh');
  expect((await arabic.boundingBox())!.x).toBeGreaterThan((await chinese.boundingBox())!.x);
  await saveScreenshot(talk.audience, 'present-audience-ar-side-by-side');
  // Target only: the whole slide is Arabic, right to left, its title on the right.
  await press(talk, 'l', 'l', 'l');
  await expect(slide).toHaveClass(/slide-layout-target/);
  await expect(slide).toHaveAttribute('lang', 'ar');
  await expect(slide).toHaveAttribute('dir', 'rtl');
  const title = slide.locator('.slide-title').first();
  await expect(title).toHaveAttribute('lang', 'ar');
  const titleBox = (await title.boundingBox())!;
  const slideBox = (await slide.boundingBox())!;
  expect(titleBox.x + titleBox.width).toBeGreaterThan(slideBox.x + slideBox.width * 0.85);
  await saveScreenshot(talk.audience, 'present-audience-ar');
});

test('the Russian slides photographed, the presenter in Chinese', async ({ page }) => {
  await openPresentArea(page, 'zh-CN');
  const talk = await startTalk(page, KYRGYZ_VISIT, 'ru');
  await press(talk, 'l', 'l', 'l', 'ArrowRight', 'ArrowRight');
  await expectInStep(talk);
  await expect(talk.audience.locator('.audience-view .slide')).toHaveAttribute('lang', 'ru');
  await saveScreenshot(talk.audience, 'present-audience-ru');
  await press(talk, 'End');
  await expectInStep(talk);
  await saveScreenshot(talk.audience, 'present-audience-ru-programme');
  await saveScreenshot(page, 'present-presenter-zh');
  // The overflow measure used below does see text that spills: blow this slide's text up.
  expect(await audienceOverflow(talk.audience)).toEqual([]);
  await talk.audience.addStyleTag({ content: '.audience-view .slide-body { font-size: 300%; }' });
  expect((await audienceOverflow(talk.audience)).length).toBeGreaterThan(0);
});

test('the audience never shows or receives internal content (markers in every internal field)', async ({ page }) => {
  test.setTimeout(120_000);
  await recordChannel(page);
  await openPresentArea(page);
  const MARK = 'MARKER-AUDIENCE-5K';
  const visit = sample.visits.find((v) => v.id === ENVOYS_VISIT)!;
  const now = '2026-04-16T09:00:00.000Z';
  const segment = (id: string, text: string) => ({
    id,
    source: { text: `${text} ${MARK}`, changedBy: 'test', changedAt: now },
    translations: { ar: { text: `نص ${MARK}`, status: 'reviewed', changedBy: 'test', changedAt: now } },
  });
  const commands: unknown[] = [
    ...visit.pack.sectionIds.map((sectionId, i) => ({
      type: 'add',
      collection: 'blocks',
      parentId: sectionId,
      index: 0,
      value: { id: `blk-marker-${i}`, visibility: 'internal', kind: 'paragraph', text: segment(`seg-marker-${i}`, '内部段落') },
    })),
    ...visit.stops.map((stop, i) => ({ type: 'add', collection: 'stopNotes', parentId: stop.id, value: { id: `note-marker-${i}`, visibility: 'internal', text: segment(`seg-stop-marker-${i}`, '内部备注') } })),
    ...visit.stops.map((stop) => ({ type: 'update', collection: 'stops', id: stop.id, patch: { hosts: [`主持人 ${MARK}`], speakers: [`发言人 ${MARK}`] } })),
    { type: 'add', collection: 'delegationNotes', parentId: visit.delegationId, value: { id: 'note-del-marker', visibility: 'internal', text: segment('seg-del-marker', '代表团内部') } },
    ...sample.glossary.terms.slice(0, 3).map((term) => ({ type: 'update', collection: 'glossaryTerms', id: term.id, patch: { note: { zh: `说明 ${MARK}` } } })),
    { type: 'setSlideNote', visitId: visit.id, slide: 'title', text: `演讲备注 ${MARK}` },
    ...visit.pack.sectionIds.flatMap((id) => sample.library.sections.find((s) => s.id === id)!.blocks.map((b) => ({ type: 'setSlideNote', visitId: visit.id, slide: `block:${b.id}`, text: `备注 ${MARK}` }))),
  ];
  const refused = await page.evaluate(async (list) => {
    const out: string[] = [];
    for (const command of list) {
      const result = await window.briefing!.applyCommand(command as never);
      if (!result.ok || result.value.status !== 'applied') out.push(JSON.stringify(result));
    }
    return out;
  }, commands);
  expect(refused).toEqual([]);
  // Read the workspace again (the page's copy did not see these commands); fonts first, or the reload aborts them.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.reload();
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  // The presenter does see them (so the markers are there to leak).
  await expect(page.getByTestId('speaker-notes')).toContainText(MARK);
  await expect(page.getByTestId('internal-notes')).toContainText(MARK);
  await page.getByLabel('Find a term in any language').fill('基层');
  await expect(page.locator('.glossary-hit').first()).toBeVisible();
  await page.getByLabel('Find a term in any language').blur();
  for (let layout = 0; layout < 4; layout += 1) {
    await press(talk, 'Home');
    const { count } = await presenterPosition(page);
    for (let i = 1; i <= count; i += 1) {
      await at(talk, i);
      expect(await talk.audience.locator('html').innerHTML(), `slide ${i}, layout ${layout}`).not.toContain(MARK);
      await press(talk, 'ArrowRight');
    }
    await press(talk, 'l');
  }
  const messages = await talk.audience.evaluate(() => JSON.stringify((window as unknown as { __channelMessages: unknown[] }).__channelMessages));
  expect(messages.length).toBeGreaterThan(1000); // the deck did come over the channel
  expect(messages).toContain('"type":"deck"');
  expect(messages).not.toContain(MARK);
  expect(await talk.audience.evaluate(() => document.title)).not.toContain(MARK);
});

for (const [visit, language] of [
  [ENVOYS_VISIT, 'ar'],
  [ENVOYS_VISIT, 'en'],
  [KYRGYZ_VISIT, 'ru'],
] as const) {
  test(`no slide of ${visit} in ${language} overflows at 1024×768, 1280×720 and 1920×1080, in any layout`, async ({ page }) => {
    test.setTimeout(180_000);
    await openPresentArea(page);
    const talk = await startTalk(page, visit, language);
    const problems: string[] = [];
    let split = 0;
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await talk.audience.setViewportSize(size);
      await page.setViewportSize(size);
      for (let layout = 0; layout < 4; layout += 1) {
        await press(talk, 'Home');
        const { count } = await presenterPosition(page);
        for (let i = 1; i <= count; i += 1) {
          await at(talk, i);
          const shown = await shownSlide(talk.audience, 'audience');
          if (!shown.endsWith(' 1/1')) split += 1;
          for (const problem of await audienceOverflow(talk.audience)) problems.push(`${size.width}×${size.height} ${shown}: ${problem}`);
          await press(talk, 'ArrowRight');
        }
        await press(talk, 'l');
      }
    }
    expect(problems).toEqual([]);
    test.info().annotations.push({ type: 'split parts', description: String(split) });
  });
}

test('axe finds no serious or critical violation in the presenter view or the audience view', async ({ page }) => {
  test.setTimeout(120_000);
  await openPresentArea(page, 'ar');
  expect(await seriousAxeViolations(page)).toEqual([]);
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  await press(talk, 'ArrowRight');
  await expectInStep(talk);
  await page.getByLabel(/مصطلح/).fill('联系点');
  await expect(page.locator('.glossary-hit').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await seriousAxeViolations(page)).toEqual([]);
  await talk.audience.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await seriousAxeViolations(talk.audience)).toEqual([]);
  await page.getByLabel(/مصطلح/).blur();
  await press(talk, 'b');
  await expect(talk.audience.locator('.audience-blank')).toBeVisible();
  expect(await seriousAxeViolations(talk.audience)).toEqual([]);
});

test('both views run under the desktop CSP with no refusal (slide sizes are set through the CSSOM)', async ({ page }) => {
  const violations = await serveUnderDesktopCsp(page.context());
  await page.goto(`${CSP_ORIGIN}/index.html#/present`);
  await expect(page.locator('[data-view="present"] nav')).toBeVisible({ timeout: 30_000 });
  const talk = await startTalk(page, ENVOYS_VISIT, 'ar');
  await press(talk, 'ArrowRight', 'Control+=');
  await expectInStep(talk);
  const size = await talk.audience.locator('.audience-view .slide').evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(size)).toBeGreaterThan(20);
  const transform = await talk.audience.locator('.slide-stage-inner').evaluate((el) => getComputedStyle(el).transform);
  expect(transform).not.toBe('none');
  expect(violations).toEqual([]);
});

test('staff hide a slide, move one and write a speaker note; the talk follows, and the note stays on the presenter', async ({ page }) => {
  await openPresentArea(page);
  await page.locator(`[data-visit="${KYRGYZ_VISIT}"]`).click();
  const rows = page.locator('.present-slide-row');
  const keys = async () => rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-slide-key')));
  const before = await keys();
  // Hide the second slide, move the fourth up one, write a note on the title slide.
  // A click, then the state: the box shows the store's word, so it turns off once the
  // change is saved (uncheck() would look at it in between).
  await rows.nth(1).getByRole('checkbox').click();
  await expect(rows.nth(1).getByRole('checkbox')).not.toBeChecked();
  await expect(rows.nth(1)).toHaveAttribute('data-hidden', 'true');
  await rows.nth(3).getByRole('button', { name: /up$/ }).click();
  await expect.poll(keys).toEqual([before[0], before[1], before[3], before[2], ...before.slice(4)]);
  const note = rows.first().getByRole('textbox');
  await note.fill('先请代表团团长致辞，再介绍联系点。');
  await note.blur();
  await waitForSaved(page);
  // Stored in the workspace: still there after a reload.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.reload();
  await page.locator(`[data-visit="${KYRGYZ_VISIT}"]`).click();
  await expect(rows.first().getByRole('textbox')).toHaveValue('先请代表团团长致辞，再介绍联系点。');
  await expect(rows.nth(1)).toHaveAttribute('data-hidden', 'true');
  const talk = await startTalk(page, KYRGYZ_VISIT, 'ru');
  await expect(page.getByTestId('speaker-notes')).toHaveText('先请代表团团长致辞，再介绍联系点。');
  await press(talk, 'ArrowRight');
  // The hidden slide is skipped; the moved one comes next.
  expect((await expectInStep(talk)).split(' ')[0]).toBe(before[3]);
  await expect(talk.audience.locator('html')).not.toContainText('先请代表团团长致辞');
});
