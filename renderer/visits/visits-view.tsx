// Runs in the renderer: Visits: each visit's delegation, dates and title, its itinerary
// editor and the library sections chosen for its briefing pack.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { ItemList } from '../forms/item-list';
import { RecordsView } from '../forms/records-view';
import { formatDate } from '../workspace/language-display';
import { LocalizedLabel } from '../workspace/localized-label';
import { useWorkspaceDoc } from '../workspace/workspace-context';
import { AddVisitForm } from './add-visit-form';
import { VisitDetail } from './visit-detail';

export function dateRange(start: string, end: string, uiLanguage: string): string {
  return start === end ? formatDate(start, uiLanguage) : `${formatDate(start, uiLanguage)} – ${formatDate(end, uiLanguage)}`;
}

export function VisitsView({ area }: { area: AreaDefinition }) {
  const { t, i18n } = useTranslation();
  const doc = useWorkspaceDoc();
  const [selected, setSelected] = useState<string | null>(null);
  const visits = doc.visits;
  const current = visits.find((v) => v.id === selected) ?? visits[0];
  const delegations = new Map(doc.delegations.map((d) => [d.id, d]));
  const addForm = <AddVisitForm doc={doc} onAdded={setSelected} />;

  return (
    <RecordsView
      area={area}
      hasRecords={visits.length > 0}
      addForm={addForm}
      list={
        <>
          <ItemList
            label={t('visits:listLabel')}
            selected={current?.id ?? null}
            onSelect={setSelected}
            items={visits.map((visit) => {
              const delegation = delegations.get(visit.delegationId);
              return {
                key: visit.id,
                primary: <LocalizedLabel text={visit.title} />,
                secondary: dateRange(visit.startDate, visit.endDate, i18n.language),
                tags: delegation ? <LocalizedLabel className="mini-tag" text={delegation.name} /> : undefined,
              };
            })}
          />
        </>
      }
      detail={current && <VisitDetail key={current.id} visit={current} doc={doc} />}
    />
  );
}
