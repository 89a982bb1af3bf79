// Runs in Node (tests): short paragraphs about the Chaoyang outreach point in the seven
// languages of a briefing pack, already broken into lines that fit an A4 text column at
// 11 pt. Written for these tests from the facts in the project's seed notes.

export interface SampleParagraph {
  lang: string;
  direction: 'ltr' | 'rtl';
  lines: string[];
}

export const SAMPLE_PARAGRAPHS: Record<string, SampleParagraph> = {
  en: {
    lang: 'en',
    direction: 'ltr',
    lines: [
      'Since July 2021 the Chaoyang outreach point has carried residents’ views into national lawmaking.',
      'Its network counts 43 liaison stations, 292 collection points and 61 consultation units.',
    ],
  },
  zh: {
    lang: 'zh-CN',
    direction: 'ltr',
    lines: [
      '朝阳区基层立法联系点自2021年7月起承担国家立法的意见征集工作。',
      '2024年4月，36个国家的驻华使节来到联系点，观摩了意见征集的全过程。',
    ],
  },
  ar: {
    lang: 'ar',
    direction: 'rtl',
    lines: [
      'تنقل نقطة الاتصال في تشاويانغ آراء السكان إلى التشريع الوطني منذ يوليو 2021.',
      'وفي أبريل 2024 زار سفراء 36 دولة النقطة وتحاوروا مع المواطنين.',
    ],
  },
  ru: {
    lang: 'ru',
    direction: 'ltr',
    lines: [
      'С июля 2021 года пункт связи в районе Чаоян собирает мнения жителей о законопроектах.',
      'В апреле 2024 года его посетили послы и дипломаты 36 государств.',
    ],
  },
  fr: {
    lang: 'fr',
    direction: 'ltr',
    lines: [
      'Depuis juillet 2021, le point de liaison de Chaoyang recueille l’avis des habitants.',
      'En avril 2024, des diplomates de 36 pays ont assisté à une séance de consultation.',
    ],
  },
  es: {
    lang: 'es',
    direction: 'ltr',
    lines: [
      'Desde julio de 2021, el punto de enlace de Chaoyang reúne las opiniones vecinales.',
      '¿Cómo participan los vecinos? Han dado su opinión más de 50.000 veces.',
    ],
  },
  pt: {
    lang: 'pt',
    direction: 'ltr',
    lines: [
      'Desde julho de 2021, o ponto de contato de Chaoyang ouve a opinião dos moradores.',
      'Em abril de 2024, diplomatas de 36 países acompanharam uma sessão de consulta.',
    ],
  },
};

/** Harder lines: bidi mixtures, vowel marks, CJK mixed with Latin and digits. */
export const MIXED_LINES = {
  /** Arabic with Western digits and a thousands separator. */
  arabicDigits: { lang: 'ar', direction: 'rtl', text: 'جمعت النقطة 2,570 اقتراحا من السكان خلال عام 2023.' },
  /** Arabic with parentheses around Arabic words and a number. */
  arabicParentheses: { lang: 'ar', direction: 'rtl', text: 'شارك المحامون (وعددهم 630 محاميا) في النقاش.' },
  /** Arabic with a Latin name: a different font inside an RTL line. */
  arabicLatinName: { lang: 'ar', direction: 'rtl', text: 'قدمت جامعة UIBE رأيها في مشروع القانون.' },
  /** Arabic with vowel marks (shadda, tanween, kasra): clusters of several glyphs. */
  arabicMarks: { lang: 'ar', direction: 'rtl', text: 'قدّم الممثّلون اقتراحًا جديدًا بِشأنِ الضوضاء.' },
  /** A letter with a vowel mark just before a number, in one Arabic font group. */
  arabicMarkBeforeNumber: { lang: 'ar', direction: 'rtl', text: 'في يوليو 2021 اختار مجلسَ نواب الحي.' },
  /** Chinese with Latin letters and digits. */
  chineseLatinDigits: { lang: 'zh-CN', direction: 'ltr', text: '区数据局建成5467个5G基站，并规划了3600个AI算力机架。' },
} as const satisfies Record<string, { lang: string; direction: 'ltr' | 'rtl'; text: string }>;
