// Runs in the renderer: calendar dates as the UI language writes them. A native date
// input follows the browser's locale, not the page's (mm/dd/yyyy inside the Chinese UI),
// so date fields are text fields in the UI language's order: 2026/11/23 in Chinese,
// 11/23/2026 in English, 23/11/2026 in Arabic (Western digits; Arabic-Indic ones typed are
// read too). The stored value stays ISO (yyyy-mm-dd).

export type DatePart = 'year' | 'month' | 'day';

export interface DatePattern {
  order: DatePart[];
  separator: string;
}

const patterns = new Map<string, DatePattern>();

export function datePattern(language: string): DatePattern {
  let pattern = patterns.get(language);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', numberingSystem: 'latn' }).formatToParts(new Date(2026, 10, 23));
    const order = parts.filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type as DatePart);
    const literal = parts.find((p) => p.type === 'literal')?.value.replace(/[\u200e\u200f\u061c\s]/g, '') || '/';
    pattern = { order: order.length === 3 ? order : ['year', 'month', 'day'], separator: literal.length === 1 ? literal : '/' };
    patterns.set(language, pattern);
  }
  return pattern;
}

/** An ISO date shown in the UI language's order; anything else is shown as it is. */
export function formatDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const value = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = datePattern(language);
  return order.map((part) => value[part]).join(separator);
}

/** The ISO date of what was typed in the UI language's order, or null when it is no real date. */
export function parseDate(text: string, language: string): string | null {
  const digits = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const trimmed = digits.trim();
  // ISO typed or pasted is always understood.
  const numbers = /^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed) ? trimmed.split('-') : trimmed.split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order: DatePart[] = /^\d{4}-/.test(trimmed) ? ['year', 'month', 'day'] : datePattern(language).order;
  const value = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (value[part] = Number(numbers[i])));
  if (value.year < 1000 || value.year > 9999 || value.month < 1 || value.month > 12 || value.day < 1) return null;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCMonth() !== value.month - 1) return null; // 31 April and the like
  return `${String(value.year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
}

/** What the field shows while empty: the order of the parts, in the UI language's words. */
export function datePlaceholder(language: string, names: Record<DatePart, string>): string {
  const { order, separator } = datePattern(language);
  return order.map((part) => names[part]).join(separator);
}
