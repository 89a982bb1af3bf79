// Runs in the renderer: which library sections go into a visit's briefing pack. Ticking
// keeps the library's order; sections with internal blocks say so, since those blocks
// are never printed for delegates.
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export function PackSections({ visit, doc }: { visit: Visit; doc: Workspace }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const chosen = new Set(visit.pack.sectionIds);
  const toggle = (sectionId: string, on: boolean) => {
    const next = on
      ? doc.library.sections.map((s) => s.id).filter((id) => chosen.has(id) || id === sectionId)
      : visit.pack.sectionIds.filter((id) => id !== sectionId);
    const blocks = new Set(doc.library.sections.filter((s) => next.includes(s.id)).flatMap((s) => s.blocks.map((b) => b.id)));
    void run({ type: 'setPack', visitId: visit.id, sectionIds: next, excludedBlockIds: visit.pack.excludedBlockIds.filter((id) => blocks.has(id)) });
  };
  return (
    <div className="pack-sections">
      <p className="section-help">{t('visits:pack.help', { n: chosen.size, total: doc.library.sections.length })}</p>
      <ul className="check-list">
        {doc.library.sections.map((section) => {
          const internal = section.blocks.filter((b) => b.visibility === 'internal').length;
          return (
            <li key={section.id}>
              <label className="check-field" data-section-id={section.id}>
                <input type="checkbox" checked={chosen.has(section.id)} onChange={(event) => toggle(section.id, event.target.checked)} />
                <span {...textAttributes(doc.languages.source)}>{section.title.source.text}</span>
                <span className="mini-tag">{t('visits:pack.blocks', { n: section.blocks.length })}</span>
                {internal > 0 && <span className="internal-tag">{t('visits:pack.internal', { n: internal })}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {error && <CommandErrorNotice error={error} />}
    </div>
  );
}
