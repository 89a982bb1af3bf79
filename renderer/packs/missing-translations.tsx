// Runs in the renderer: what the pack lacks: every translation it needs that is missing or
// not yet reviewed (segment and language), and the one way to export anyway: fill those
// places with the Chinese text, each visibly marked in the PDF and listed in the report.
import { useTranslation } from 'react-i18next';
import { ShowMore, usePaged } from '../forms/show-more';
import type { TranslationStatus } from '../../core/model/segment';
import type { Workspace } from '../../core/model/workspace';
import type { PackMissing } from '../../core/packs/build-pack-document';
import { STATUS_KEYS } from '../library/library-labels';
import { languageName, textAttributes } from '../workspace/language-display';
import { sectionAtPath, segmentAtPath } from './segment-at-path';

export interface MissingTranslationsProps {
  doc: Workspace;
  missing: readonly PackMissing[];
  fill: boolean;
  onFillChange(fill: boolean): void;
  disabled?: boolean;
}

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function MissingTranslations({ doc, missing, fill, onFillChange, disabled = false }: MissingTranslationsProps) {
  const { t, i18n } = useTranslation();
  // The list can run to thousands: it is shown a page at a time.
  const page = usePaged(missing.length);
  if (missing.length === 0) return null;
  const source = doc.languages.source;
  return (
    <section className="missing-translations" data-fill={fill ? 'zh' : undefined} aria-labelledby="missing-title">
      <h3 className="missing-title" id="missing-title">
        {t('packs:missing.title', { n: new Intl.NumberFormat(i18n.language).format(missing.length) })}
      </h3>
      <p className="missing-help">{fill ? t('packs:missing.filledHelp') : t('packs:missing.help')}</p>
      <label className="check-field fill-option">
        <input type="checkbox" checked={fill} disabled={disabled} onChange={(event) => onFillChange(event.target.checked)} />
        <span>{t('packs:missing.fill')}</span>
      </label>
      <details className="missing-details">
        <summary>{t('packs:missing.show')}</summary>
        <ul className="missing-list">
          {missing.slice(0, page.shown).map((entry) => {
            const segment = segmentAtPath(doc, entry.segmentPath);
            const section = sectionAtPath(doc, entry.segmentPath);
            const status = (entry.status in STATUS_KEYS ? entry.status : 'missing') as TranslationStatus;
            return (
              <li key={`${entry.segmentPath}|${entry.language}`} className="missing-item" data-segment-path={entry.segmentPath} data-language={entry.language}>
                <span className="missing-item-head">
                  <span className="status-pill" data-status={status}>
                    {t(STATUS_KEYS[status])}
                  </span>
                  <span className="missing-language">{languageName(entry.language, i18n.language)}</span>
                  {section && (
                    <span className="missing-section" {...textAttributes(source)}>
                      {section.title.source.text}
                    </span>
                  )}
                </span>
                <span className="missing-text" {...textAttributes(source)}>
                  {segment ? excerpt(segment.source.text) : entry.segmentLabel}
                </span>
              </li>
            );
          })}
        </ul>
        <ShowMore shown={page.shown} total={missing.length} onMore={page.more} />
      </details>
    </section>
  );
}
