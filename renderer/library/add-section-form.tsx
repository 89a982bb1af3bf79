// Runs in the renderer: a new section at the end of the library, created from its Chinese
// title (a section is never without one); its blocks are added from the section itself.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/model/language';
import { AddForm } from '../forms/add-form';
import { textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { newSection } from './new-library-content';

export function AddSectionForm({ source, onAdded }: { source: Language; onAdded(sectionId: string): void }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const add = async (title: string) => {
    const section = newSection(title);
    const ok = await run({ type: 'add', collection: 'sections', value: section });
    if (ok) onAdded(section.id);
    return ok;
  };
  return (
    <div className="add-section" data-add="section">
      <AddForm label={t('library:edit.newSectionLabel')} button={t('library:edit.addSection')} placeholder={t('library:edit.newSectionPlaceholder')} lang={textAttributes(source).lang} onAdd={add} error={error} />
    </div>
  );
}
