// Runs in the renderer: the first choices of a pack: which visit, which template, in which
// languages, laid out how. The delegation's languages are listed first and marked; a
// template that prints one language offers radio buttons, the itinerary sheet checkboxes.
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../core/i18n/ui-languages';
import type { Workspace } from '../../core/model/workspace';
import { PACK_LAYOUTS, PACK_TEMPLATES } from '../../core/packs/pack-request';
import { contentLanguageOf, languageName, textAttributes } from '../workspace/language-display';
import { pickForUi } from '../workspace/localized-label';
import { allowsChineseOnly, delegationLanguages, isStaffOnly, layoutsFor, normalise, SOURCE, takesSeveralLanguages, withLanguage, withTemplate, withVisit, type PackChoices } from './pack-choices';
import { LAYOUT_KEYS, TEMPLATE_KEYS } from './pack-labels';

export interface PackOptionsProps {
  doc: Workspace;
  choices: PackChoices;
  onChange(choices: PackChoices): void;
  disabled?: boolean;
}

export function PackOptions({ doc, choices, onChange, disabled = false }: PackOptionsProps) {
  const { t, i18n } = useTranslation();
  const several = takesSeveralLanguages(choices.template, choices.layout);
  const ofDelegation = delegationLanguages(doc, choices.visitId);
  const codes = [
    ...ofDelegation,
    ...doc.languages.targets.map((l) => l.code).filter((c) => !ofDelegation.includes(c)),
    ...(allowsChineseOnly(choices.template) ? [SOURCE] : []),
  ];
  const layouts = layoutsFor(choices.languages);
  const visitTitle = (id: string) => {
    const visit = doc.visits.find((v) => v.id === id);
    return visit ? pickForUi(visit.title, i18n.language) : { code: 'zh', value: id };
  };
  const current = visitTitle(choices.visitId);

  return (
    <div className="pack-options">
      <label className="pack-field">
        <span className="pack-field-label">{t('packs:choices.visit')}</span>
        <select
          value={choices.visitId}
          disabled={disabled}
          {...textAttributes({ code: current.code, direction: directionOf(current.code) })}
          onChange={(event) => onChange(withVisit(doc, choices, event.target.value))}
        >
          {doc.visits.map((visit) => {
            const title = visitTitle(visit.id);
            return (
              <option key={visit.id} value={visit.id} lang={title.code}>
                {title.value}
              </option>
            );
          })}
        </select>
      </label>

      <fieldset className="pack-fieldset" disabled={disabled}>
        <legend className="pack-field-label">{t('packs:choices.template')}</legend>
        <div className="choice-cards">
          {PACK_TEMPLATES.map((template) => (
            <label key={template} className="choice-card" data-template={template}>
              <input
                type="radio"
                name="pack-template"
                value={template}
                checked={choices.template === template}
                onChange={() => onChange(withTemplate(doc, choices, template))}
              />
              <span className="choice-card-text">
                <span className="choice-card-name">{t(TEMPLATE_KEYS[template].name)}</span>
                <span className="choice-card-help">{t(TEMPLATE_KEYS[template].help)}</span>
              </span>
              {isStaffOnly(template) && <span className="internal-tag">{t('packs:choices.internalOnly')}</span>}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="pack-fieldset" disabled={disabled}>
        <legend className="pack-field-label">{several ? t('packs:choices.languages') : t('packs:choices.language')}</legend>
        <ul className="language-picks">
          {codes.map((code) => {
            const own = doc.languages.targets.find((l) => l.code === code) ?? (code === SOURCE ? doc.languages.source : undefined);
            const checked = choices.languages.includes(code);
            return (
              <li key={code}>
                <label className="language-pick" data-language={code}>
                  <input
                    type={several && code !== SOURCE ? 'checkbox' : 'radio'}
                    name="pack-language"
                    value={code}
                    checked={checked}
                    onChange={(event) => onChange(withLanguage(choices, code, event.target.checked))}
                  />
                  <span className="language-pick-name">{languageName(code, i18n.language)}</span>
                  {own && contentLanguageOf(i18n.language) !== code && (
                    <span className="language-pick-native" {...textAttributes(own)}>
                      {own.name}
                    </span>
                  )}
                  {ofDelegation.includes(code) && <span className="mini-tag">{t('packs:choices.delegationLanguage')}</span>}
                  {code === SOURCE && <span className="mini-tag">{t('packs:choices.chineseOnly')}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="pack-fieldset" disabled={disabled}>
        <legend className="pack-field-label">{t('packs:choices.layout')}</legend>
        <div className="segmented" role="presentation">
          {PACK_LAYOUTS.map((layout) => (
            <label key={layout} className="segmented-option" data-layout={layout}>
              <input
                type="radio"
                name="pack-layout"
                value={layout}
                checked={choices.layout === layout}
                disabled={!layouts.includes(layout)}
                onChange={() => onChange(normalise({ ...choices, layout }))}
              />
              <span>{t(LAYOUT_KEYS[layout])}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
