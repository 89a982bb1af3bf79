// Runs in the renderer: a name given per language (venue, delegation, visit), shown in
// the UI's language when there is one, else in the source language, always marked with
// the language it is actually in, so it gets the right font and direction.
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../core/i18n/ui-languages';
import type { LocalizedText } from '../../core/model/localized-text';
import { contentLanguageOf, textAttributes } from './language-display';

export function pickForUi(text: LocalizedText, uiLanguage: string): { code: string; value: string } {
  for (const code of [contentLanguageOf(uiLanguage), 'zh', 'en', ...Object.keys(text)]) {
    const value = text[code];
    if (value) return { code, value };
  }
  return { code: 'zh', value: '' };
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
