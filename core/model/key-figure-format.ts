// Runs anywhere (core): a key figure's number as it is shown or printed in a language.
// The value is data; grouping, decimal sign, percent sign and digits come from the locale,
// so 2570 reads 2,570 in English, 2 570 in French and Russian, 2.570 in Portuguese.
import { cached } from '../cached';
import type { FigureApprox, FigureUnit } from './blocks';

export interface FigureFormatOptions {
  /** Digits to use. Default `latn` (0–9) everywhere; `arab` gives ٠–٩ for Arabic readers who prefer them. */
  numberingSystem?: 'latn' | 'arab';
}

/** The locale Intl should use for a workspace language code. */
export function numberLocaleOf(language: string): string {
  return language === 'zh' ? 'zh-CN' : language;
}

/** Formatters made so far: making one costs far more than using it, and lists of figures repeat. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, unit: FigureUnit, options: FigureFormatOptions): Intl.NumberFormat {
  const numberingSystem = options.numberingSystem ?? 'latn';
  return cached(formats, `${language} ${unit} ${numberingSystem}`, () => makeNumberFormat(numberLocaleOf(language), unit, numberingSystem));
}

function makeNumberFormat(locale: string, unit: FigureUnit, numberingSystem: 'latn' | 'arab'): Intl.NumberFormat {
  const base: Intl.NumberFormatOptions = { maximumFractionDigits: 2, numberingSystem } as Intl.NumberFormatOptions;
  if (unit === 'percent') return new Intl.NumberFormat(locale, { ...base, style: 'percent', maximumFractionDigits: 1 });
  if (unit === 'year') return new Intl.NumberFormat(locale, { ...base, useGrouping: false });
  return new Intl.NumberFormat(locale, base);
}

/** The number alone: "2,570", "12.5 %", "2021". */
export function formatFigureNumber(value: number, unit: FigureUnit, language: string, options: FigureFormatOptions = {}): string {
  return numberFormat(language, unit, options).format(unit === 'percent' ? value / 100 : value);
}

/** The number with its approximation marker: "50,000+" for more-than, "≈ 2,500" for about. */
export function formatKeyFigure(
  figure: { value: number; unit: FigureUnit; approx: FigureApprox },
  language: string,
  options: FigureFormatOptions = {},
): string {
  const number = formatFigureNumber(figure.value, figure.unit, language, options);
  if (figure.approx === 'more-than') return `${number}+`;
  if (figure.approx === 'about') return `≈\u00a0${number}`;
  return number;
}
