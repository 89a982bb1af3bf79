// Runs in the renderer: the live preview beside the choices: the pack's sheets as HTML
// made from the very document the PDF is made from, read in each block's own direction
// (an Arabic pack reads right to left throughout), with its contents to jump to. Its
// typography is the engine's (preview-typography-sheet.ts).
import { useTranslation } from 'react-i18next';
import { adoptPreviewTypography } from './preview-typography-sheet';
import type { PreviewState } from './use-pack-preview';
import { HtmlNodeView } from './html-node-view';

/** The engine's sizes, line heights and colours, as the custom properties packs.css reads. */
adoptPreviewTypography();

export function PackPreviewPane({ state }: { state: PreviewState }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  if (state.kind === 'problem') {
    return (
      <section className="pack-preview-pane" aria-label={t('packs:preview.label')}>
        <p className="pack-preview-problem" role="alert">
          {t('packs:preview.problem')} <bdi dir="ltr">{state.message}</bdi>
        </p>
      </section>
    );
  }
  const { preview } = state;
  const jump = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  const top = preview.headings.filter((heading) => heading.level === 1);
  return (
    <section className="pack-preview-pane" aria-label={t('packs:preview.label')}>
      <div className="pack-preview-bar">
        <span className="pack-preview-count">{t('packs:preview.sheets', { n: number.format(preview.sheets) })}</span>
        {top.length > 0 && (
          <nav className="pack-preview-contents" aria-label={t('packs:preview.contents')}>
            <ul>
              {top.map((heading) => (
                <li key={heading.id}>
                  <button type="button" className="contents-chip" lang={heading.lang} dir={heading.dir} onClick={() => jump(heading.id)}>
                    {heading.text}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <div className="pack-preview-scroll" tabIndex={0} aria-label={t('packs:preview.document')}>
        <HtmlNodeView node={preview.root} />
      </div>
      <p className="pack-preview-note">{t('packs:preview.note')}</p>
    </section>
  );
}
