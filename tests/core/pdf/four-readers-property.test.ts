// Runs in Node (tests): vitest, node project. Property tests: generated Arabic, Chinese,
// Russian and mixed paragraphs (vowel marks, numbers, Latin names, brackets and Arabic
// punctuation among them) typeset by the real engine and read back by poppler, pdf.js,
// PDFium and MuPDF. Each line must be found (word by word where it mixes directions, as
// in four-readers-samples.test.ts) and no reader may return a character the document
// does not hold. Run counts are modest so the suite stays quick; a failure prints the
// seed and the smallest paragraph that breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, writeLaidOut } from '../../../core/typeset/typeset';
import { assets } from '../typeset/helpers/engine';
import { fourReaders } from './helpers/four-readers';
import { describeFailures, readerFailures } from './helpers/reader-checks';

const ARABIC_WORDS = ['نقطة', 'الاتصال', 'التشريعي', 'اعتُمدت', 'المحامون', 'مشروعًا', 'قدّم', 'الممثّلون', 'لا', 'إلى', 'بِشأنِ', 'السكان', 'الصين', 'تشاويانغ'];
const CHINESE_WORDS = ['朝阳区', '基层立法联系点', '人大代表', '居民', '意见', '法律草案', '联络站', '北京', '建议'];
const RUSSIAN_WORDS = ['пункт', 'связи', 'законодательный', 'жители', 'район', 'Чаоян', 'предложения', 'депутаты'];
const LATIN_WORDS = ['UIBE', 'Sami', 'Al-Zoubi', 'NPC', 'WeChat'];
const NUMBERS = ['2021', '36', '25,000', '2570', '3.5'];
const ARABIC_PUNCTUATION = ['،', '.', ':', '؟'];
const CHINESE_PUNCTUATION = ['，', '。', '：', '、', '（', '）'];

const pick = <T,>(list: readonly T[]) => fc.constantFrom(...list);

function sentence(words: fc.Arbitrary<string>, join: string, end: fc.Arbitrary<string>): fc.Arbitrary<string> {
  // A sentence ends in one stop, not a comma and a stop.
  return fc.tuple(fc.array(words, { minLength: 2, maxLength: 12 }), end).map(([list, stop]) => list.join(join).replace(/[،.:؟，。：、]$/u, '') + stop);
}

/** A word, sometimes followed by punctuation, as in running text. */
const punctuated = (words: readonly string[], marks: readonly string[]) =>
  fc.tuple(pick(words), fc.option(pick(marks), { freq: 4 })).map(([word, mark]) => word + (mark ?? ''));

const arabic = sentence(punctuated(ARABIC_WORDS, ARABIC_PUNCTUATION.slice(0, 2)), ' ', pick(['.', '؟', '']));
const chinese = sentence(punctuated(CHINESE_WORDS, CHINESE_PUNCTUATION), '', pick(['。', '']));
const russian = sentence(pick(RUSSIAN_WORDS), ' ', pick(['.', '']));
const mixedArabic = sentence(fc.oneof(pick(ARABIC_WORDS), pick(NUMBERS), pick(LATIN_WORDS)), ' ', pick(['.', '']));
const mixedEnglish = sentence(fc.oneof(pick(['the', 'outreach', 'point', 'sent', 'comments', 'to']), pick(NUMBERS), pick(ARABIC_WORDS), pick(CHINESE_WORDS)), ' ', pick(['.', '']));

async function readsRight(paragraphs: { lang: string; text: string }[]): Promise<void> {
  const doc = {
    title: 'Generated',
    lang: paragraphs[0]!.lang,
    blocks: paragraphs.map((p) => ({ type: 'paragraph', lang: p.lang, text: p.text })),
  };
  const { document } = await layout(doc, assets);
  const pdf = await writeLaidOut(document, assets);
  expect(describeFailures(readerFailures(document, await fourReaders(pdf)))).toBe('');
}

const RUNS = { numRuns: 6, endOnFailure: true } as const;

describe('generated paragraphs read right in all four readers', () => {
  it('Arabic, with vowel marks and Arabic punctuation', async () => {
    await fc.assert(fc.asyncProperty(fc.array(arabic, { minLength: 1, maxLength: 3 }), (texts) => readsRight(texts.map((text) => ({ lang: 'ar', text })))), RUNS);
  }, 120_000);

  it('Chinese, with Chinese punctuation', async () => {
    await fc.assert(fc.asyncProperty(fc.array(chinese, { minLength: 1, maxLength: 3 }), (texts) => readsRight(texts.map((text) => ({ lang: 'zh', text })))), RUNS);
  }, 120_000);

  it('Russian', async () => {
    await fc.assert(fc.asyncProperty(fc.array(russian, { minLength: 1, maxLength: 3 }), (texts) => readsRight(texts.map((text) => ({ lang: 'ru', text })))), RUNS);
  }, 120_000);

  it('mixed: Arabic with numbers and Latin names, English quoting Arabic and Chinese', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(mixedArabic, mixedEnglish, arabic, chinese), ([a, e, plain, zh]) =>
        readsRight([{ lang: 'ar', text: a }, { lang: 'en', text: e }, { lang: 'ar', text: plain }, { lang: 'zh', text: zh }]),
      ),
      RUNS,
    );
  }, 120_000);
});
