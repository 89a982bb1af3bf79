// Runs in the renderer: which library sections the pack prints, in which order. The chosen
// ones are listed in print order with buttons to move or drop each; the rest of the
// library is offered below to add. Starts from the visit's own pack sections; sections
// with internal blocks say so (those blocks are never printed in a delegate's handout).
import { useTranslation } from 'react-i18next';
import type { Section } from '../../core/model/library';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { textAttributes } from '../workspace/language-display';

export interface SectionPickerProps {
  doc: Workspace;
  visit: Visit;
  sectionIds: readonly string[];
  onChange(sectionIds: string[]): void;
  disabled?: boolean;
}

function move(list: readonly string[], from: number, to: number): string[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function SectionPicker({ doc, visit, sectionIds, onChange, disabled = false }: SectionPickerProps) {
  const { t } = useTranslation();
  const byId = new Map(doc.library.sections.map((s) => [s.id, s]));
  const chosen = sectionIds.map((id) => byId.get(id)).filter((s): s is Section => !!s);
  const rest = doc.library.sections.filter((s) => !sectionIds.includes(s.id));
  const isVisitOwn = sectionIds.length === visit.pack.sectionIds.length && sectionIds.every((id, i) => visit.pack.sectionIds[i] === id);
  const title = (section: Section) => (
    <span className="section-pick-title" {...textAttributes(doc.languages.source)}>
      {section.title.source.text}
    </span>
  );
  const internalTag = (section: Section) => {
    const internal = section.blocks.filter((b) => b.visibility === 'internal').length;
    return internal > 0 ? <span className="internal-tag">{t('packs:sections.internal', { n: internal })}</span> : null;
  };

  return (
    <fieldset className="pack-fieldset section-picker" disabled={disabled}>
      <legend className="pack-field-label">{t('packs:sections.title')}</legend>
      {chosen.length === 0 ? (
        <p className="section-help">{t('packs:sections.none')}</p>
      ) : (
        <ol className="section-order" aria-label={t('packs:sections.chosen')}>
          {chosen.map((section, index) => (
            <li key={section.id} className="section-pick" data-section-id={section.id}>
              <span className="section-pick-number" aria-hidden="true">
                {index + 1}
              </span>
              {title(section)}
              {internalTag(section)}
              <span className="section-pick-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('packs:sections.moveUp')}
                  title={t('packs:sections.moveUp')}
                  disabled={index === 0}
                  onClick={() => onChange(move(sectionIds, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('packs:sections.moveDown')}
                  title={t('packs:sections.moveDown')}
                  disabled={index === chosen.length - 1}
                  onClick={() => onChange(move(sectionIds, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('packs:sections.remove')}
                  title={t('packs:sections.remove')}
                  onClick={() => onChange(sectionIds.filter((id) => id !== section.id))}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <>
          <p className="section-help">{t('packs:sections.fromLibrary')}</p>
          <ul className="section-library">
            {rest.map((section) => (
              <li key={section.id} className="section-pick section-pick-available" data-section-id={section.id}>
                <button type="button" className="link-button" onClick={() => onChange([...sectionIds, section.id])}>
                  {t('packs:sections.add')}
                </button>
                {title(section)}
                {internalTag(section)}
              </li>
            ))}
          </ul>
        </>
      )}
      {!isVisitOwn && (
        <button type="button" className="link-button" onClick={() => onChange([...visit.pack.sectionIds])}>
          {t('packs:sections.reset')}
        </button>
      )}
    </fieldset>
  );
}
