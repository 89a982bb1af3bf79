// Runs anywhere (core): numbers written as words, and month names, in the target
// languages, so "three", "trois", "трёх", "ثلاثة" and "July" count as the figures 3 and 7.
// Stems match inflected forms; the tables are folded (no accents, Arabic letters unified).

/** [value, word stems] per language. A folded word starting with a stem stands for the value. */
export const NUMBER_WORD_STEMS: Record<string, [number, string[]][]> = {
  en: [
    [1, ['one', 'first']], [2, ['two', 'second']], [3, ['three', 'third']], [4, ['four']], [5, ['five', 'fifth']],
    [6, ['six']], [7, ['seven']], [8, ['eight']], [9, ['nine', 'ninth']], [10, ['ten', 'tenth']], [11, ['eleven']],
    [12, ['twelve', 'twelfth']], [13, ['thirteen']], [14, ['fourteen']], [15, ['fifteen']], [16, ['sixteen']],
    [17, ['seventeen']], [18, ['eighteen']], [19, ['nineteen']], [20, ['twent']], [100, ['hundred']], [1000, ['thousand']],
  ],
  fr: [
    [1, ['un', 'une', 'premier', 'premiere']], [2, ['deux', 'second']], [3, ['trois']], [4, ['quatre', 'quatrieme']], [5, ['cinq']],
    [6, ['six']], [7, ['sept']], [8, ['huit']], [9, ['neuf', 'neuvieme']], [10, ['dix']], [11, ['onze', 'onzieme']],
    [12, ['douze', 'douzieme']], [13, ['treize', 'treizieme']], [14, ['quatorze', 'quatorzieme']], [15, ['quinze', 'quinzieme']],
    [16, ['seize', 'seizieme']], [20, ['vingt']], [100, ['cent']], [1000, ['mille', 'millier']],
  ],
  es: [
    [1, ['uno', 'una', 'un', 'primer']], [2, ['dos', 'segund']], [3, ['tres', 'tercer']], [4, ['cuatro', 'cuart']], [5, ['cinco', 'quint']],
    [6, ['seis', 'sext']], [7, ['siete', 'septim']], [8, ['ocho', 'octav']], [9, ['nueve', 'noven']], [10, ['diez', 'decim']],
    [11, ['once', 'undecim']], [12, ['doce', 'duodecim']], [13, ['trece']], [14, ['catorce', 'decimocuart']], [15, ['quince', 'decimoquint']],
    [16, ['dieciseis']], [17, ['diecisiete']], [18, ['dieciocho']], [19, ['diecinueve']], [20, ['veinte', 'vigesim']],
    [100, ['cien', 'centenar']], [1000, ['mil']],
  ],
  pt: [
    [1, ['um', 'uma', 'primeir']], [2, ['dois', 'duas', 'segund']], [3, ['tres', 'terceir']], [4, ['quatro', 'quart']], [5, ['cinco', 'quint']],
    [6, ['seis', 'sext']], [7, ['sete', 'setim']], [8, ['oito', 'oitav']], [9, ['nove', 'non']], [10, ['dez', 'decim']],
    [11, ['onze']], [12, ['doze']], [13, ['treze']], [14, ['catorze', 'quatorze']], [15, ['quinze']], [16, ['dezesseis', 'dezasseis']],
    [17, ['dezessete', 'dezassete']], [18, ['dezoito']], [19, ['dezenove', 'dezanove']], [20, ['vinte', 'vigesim']],
    [100, ['cem', 'cento', 'centena']], [1000, ['mil']],
  ],
  // Folded Russian: й → и, ё → е. Cardinal and ordinal share most stems.
  ru: [
    [1, ['один', 'одна', 'одно', 'одного', 'одном', 'одни', 'перв']], [2, ['два', 'две', 'двух', 'двум', 'втор']], [3, ['три', 'трех', 'трем', 'трет']],
    [4, ['четыр', 'четверт']], [5, ['пят']], [6, ['шест']], [7, ['сем', 'седьм']], [8, ['восем', 'восьм']], [9, ['девят']], [10, ['десят']],
    [11, ['одиннадцат']], [12, ['двенадцат']], [13, ['тринадцат']], [14, ['четырнадцат']], [15, ['пятнадцат']], [16, ['шестнадцат']],
    [17, ['семнадцат']], [18, ['восемнадцат']], [19, ['девятнадцат']], [20, ['двадцат']], [100, ['сто', 'ста', 'сот']], [1000, ['тысяч']],
  ],
  // Folded Arabic: alef forms → ا, ة → ه, ى → ي; clitics are stripped from words first.
  ar: [
    [1, ['واحد', 'احد', 'اول', 'اولي']], [2, ['اثن', 'ثاني', 'ثانيه']], [3, ['ثلاث', 'ثالث']], [4, ['اربع', 'رابع']], [5, ['خمس', 'خامس']],
    [6, ['ست', 'سادس']], [7, ['سبع', 'سابع']], [8, ['ثمان', 'ثامن']], [9, ['تسع', 'تاسع']], [10, ['عشر', 'عاشر']],
    [20, ['عشرون', 'عشرين']], [100, ['مئه', 'مائه', 'مئات']], [1000, ['الف', 'الاف']],
  ],
};

/** Words that multiply the number before them: "50 thousand", "50 тыс.", "50 ألف". Folded. */
export const MULTIPLIER_STEMS: [number, string[]][] = [
  [1000, ['thousand', 'mille', 'milliers', 'mil', 'тыс', 'тысяч', 'الف', 'الاف']],
  [1_000_000, ['million', 'millon', 'millones', 'milhao', 'milhoes', 'млн', 'миллион', 'مليون', 'ملايين']],
];

/** Month names (1–12), folded; Arabic has both the Egyptian and the Levantine names. */
export const MONTH_NAMES: Record<string, string[][]> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  fr: [['janvier'], ['fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  pt: [['janeiro'], ['fevereiro'], ['marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  ru: [['январ'], ['феврал'], ['март'], ['апрел'], ['мая', 'маи', 'мае'], ['июн'], ['июл'], ['август'], ['сентябр'], ['октябр'], ['ноябр'], ['декабр']],
  ar: [
    ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'اذار'], ['ابريل', 'نيسان'], ['مايو', 'ايار'], ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'], ['اغسطس', 'اب'], ['سبتمبر', 'ايلول'], ['اكتوبر', 'تشرين الاول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الاول'],
  ],
};
