// Runs in the renderer: a name given per language (venue, delegation, visit), shown in
// the UI's language when there is one, else in the source language, always marked with
// the language it is actually in, so it gets the right font and direction.
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../core/i18n/ui-languages';
import { SOURCE_LANGUAGE_CODE } from '../../core/model/language';
import type { LocalizedText } from '../../core/model/localized-text';
import { contentLanguageOf, textAttributes } from './language-display';

export function pickForUi(text: LocalizedText, uiLanguage: string): { code: string; value: string } {
  for (const code of [contentLanguageOf(uiLanguage), SOURCE_LANGUAGE_CODE, 'en', ...Object.keys(text)]) {
    const value = text[code];
    if (value) return { code, value };
  }
  return { code: SOURCE_LANGUAGE_CODE, value: '' };
}

export function LocalizedLabel({ text, className }: { text: LocalizedText; className?: string }) {
  const { i18n } = useTranslation();
  const { code, value } = pickForUi(text, i18n.language);
  return (
    <bdi className={className} {...textAttributes({ code, direction: directionOf(code) })}>
      {value}
    </bdi>
  );
}
