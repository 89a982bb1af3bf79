// Runs anywhere (core): dates, times and numbers as each language writes them, with Intl.
// Digits are Western (0–9) in every language, Arabic included, as the workspace's Arabic
// texts write them; times use the 24-hour clock. Dates are calendar dates: formatted in
// UTC so that no time zone can move them to the day before.
import { cached } from '../cached';
import { formatFigureNumber, formatKeyFigure, numberLocaleOf } from '../model/key-figure-format';
import type { FigureApprox, FigureUnit } from '../model/blocks';

/** The Intl locale for a workspace language: Chinese is zh-CN; every locale gets Western digits. */
export function intlLocale(language: string): string {
  // The workspace writes British English ("programme"), so its dates are British too.
  const locale = language === 'en' ? 'en-GB' : numberLocaleOf(language);
  return `${locale}-u-nu-latn`;
}

// Building an Intl formatter costs far more than formatting with one (tens of
// microseconds against one or two), and a pack formats hundreds of dates and times: each
// formatter is made once per locale and kind.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

const DATE_KINDS = {
  full: { dateStyle: 'full', timeZone: 'UTC' },
  long: { dateStyle: 'long', timeZone: 'UTC' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const NUMBER_KINDS = {
  integer: { maximumFractionDigits: 0, useGrouping: false },
  said: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

function dateFormat(language: string, kind: keyof typeof DATE_KINDS): Intl.DateTimeFormat {
  return cached(dateFormats, `${kind} ${language}`, () => new Intl.DateTimeFormat(intlLocale(language), DATE_KINDS[kind]));
}

function numberFormat(language: string, kind: keyof typeof NUMBER_KINDS): Intl.NumberFormat {
  return cached(numberFormats, `${kind} ${language}`, () => new Intl.NumberFormat(intlLocale(language), NUMBER_KINDS[kind]));
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "Thursday 16 April 2026", "2026年4月16日星期四", "الخميس، 16 أبريل 2026". */
export function formatLongDate(isoDate: string, language: string): string {
  return dateFormat(language, 'full').format(utcDate(isoDate));
}

/** "16 April 2026". */
export function formatDate(isoDate: string, language: string): string {
  return dateFormat(language, 'long').format(utcDate(isoDate));
}

/** A visit's dates: one day, or a range as the language writes it ("9–10 June 2026"). */
export function formatDateRange(startDate: string, endDate: string, language: string): string {
  const format = dateFormat(language, 'long');
  if (startDate === endDate) return format.format(utcDate(startDate));
  if (language === 'zh') {
    // ICU gives "2026/6/9 – 2026/6/10"; Chinese print writes 2026年6月9日至10日.
    const [y1, m1, d1] = startDate.split('-').map(Number) as [number, number, number];
    const [y2, m2, d2] = endDate.split('-').map(Number) as [number, number, number];
    if (y1 !== y2) return `${y1}年${m1}月${d1}日至${y2}年${m2}月${d2}日`;
    return m1 === m2 ? `${y1}年${m1}月${d1}日至${d2}日` : `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
  }
  return format.formatRange(utcDate(startDate), utcDate(endDate));
}

/** A time of day "09:30" as the language writes it, 24-hour clock. */
export function formatTime(time: string, language: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return dateFormat(language, 'time').format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

/** "09:00–09:45" (an en dash between the two times). */
export function formatTimeRange(start: string, end: string, language: string): string {
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** An ISO date/time as a calendar date in the language (the "printed on" line). */
export function formatPrintDate(date: Date, language: string): string {
  return dateFormat(language, 'long').format(date);
}

/** A page number or a count in the language's digits. */
export function formatInteger(value: number, language: string): string {
  return numberFormat(language, 'integer').format(value);
}

/** A key figure as printed: "2,570", "2 570", "50,000+". */
export function formatFigure(figure: { value: number; unit: FigureUnit; approx: FigureApprox }, language: string): string {
  return formatKeyFigure(figure, language);
}

/**
 * A figure as people say it: large numbers in the language's own units, so an interpreter
 * sees at once that 50,000 is "5万" in Chinese and "50 thousand" in English. Below ten
 * thousand it is the written number.
 */
export function formatFigureSaid(figure: { value: number; unit: FigureUnit; approx: FigureApprox }, language: string): string {
  if (Math.abs(figure.value) < 10_000 || figure.unit === 'year' || figure.unit === 'percent') return formatFigure(figure, language);
  const said = numberFormat(language, 'said').format(figure.value);
  if (figure.approx === 'more-than') return language === 'zh' ? `${said}余` : `${said}+`;
  if (figure.approx === 'about') return `≈\u00a0${said}`;
  return said;
}

export { formatFigureNumber };
