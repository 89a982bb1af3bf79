// Runs anywhere (core): the file name of a pack, `<visit>-<template>-<languages>.pdf`,
// safe on Windows, macOS and Linux: ASCII letters, digits, "-", "_" and "+" only (no
// reserved characters, no trailing dot or space, no device names), at most 120 characters.
import type { PackLayout, PackTemplate } from './pack-request';

const MAX_BASE_LENGTH = 116; // + ".pdf" = 120, far below every file system's limit

/** One part of the name: anything outside [A-Za-z0-9_-] becomes "-", runs collapse. */
export function safeNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** The languages as the name shows them: `ar`, `zh-ar` (side by side), `zh-ar-stacked`, `ru+en`. */
export function languagesPart(languages: readonly string[], layout: PackLayout): string {
  const codes = languages.map(safeNamePart).filter(Boolean);
  if (layout === 'side-by-side') return `zh-${codes[0] ?? 'zh'}`;
  if (layout === 'stacked') return `zh-${codes[0] ?? 'zh'}-stacked`;
  return codes.join('+') || 'zh';
}

export function packFileName(
  visit: { id: string } | string,
  template: PackTemplate,
  languages: readonly string[],
  layout: PackLayout,
): string {
  const visitPart = safeNamePart(typeof visit === 'string' ? visit : visit.id) || 'visit';
  const tail = `-${template}-${languagesPart(languages, layout)}`;
  const base = `${visitPart.slice(0, Math.max(8, MAX_BASE_LENGTH - tail.length)).replace(/[-_]+$/, '')}${tail}`;
  return `${base.slice(0, MAX_BASE_LENGTH)}.pdf`;
}
