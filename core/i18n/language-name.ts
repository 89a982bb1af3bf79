// Runs anywhere (core): a language's name in another language ("俄语", "Russian"), from
// Intl, with the code itself when Intl does not know it. Shared by packs and itineraries.
export function languageName(code: string, inLanguage: string): string {
  try {
    const names = new Intl.DisplayNames([inLanguage === 'zh' ? 'zh-CN' : inLanguage], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
