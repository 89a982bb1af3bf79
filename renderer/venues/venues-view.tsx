// Runs in the renderer: Venues: the places a visit can stop at (name and address in each
// language, and what kind of place each is), and the travel minutes between them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../core/model/ids';
import type { AreaDefinition } from '../app/areas';
import { AddForm } from '../forms/add-form';
import { ItemList } from '../forms/item-list';
import { RecordsView } from '../forms/records-view';
import { textAttributes } from '../workspace/language-display';
import { LocalizedLabel } from '../workspace/localized-label';
import { useCommand, useWorkspaceDoc } from '../workspace/workspace-context';
import { TravelMatrix } from './travel-matrix';
import { VenueDetail } from './venue-detail';
import { VENUE_KIND_KEYS } from './venue-labels';

export function VenuesView({ area }: { area: AreaDefinition }) {
  const { t } = useTranslation();
  const doc = useWorkspaceDoc();
  const adding = useCommand();
  const [selected, setSelected] = useState<string | null>(null);
  const source = doc.languages.source;
  const venues = doc.venues;
  const current = venues.find((v) => v.id === selected) ?? venues[0];

  const add = async (text: string) => {
    const id = createId('venue');
    const ok = await adding.run({ type: 'add', collection: 'venues', value: { id, name: { [source.code]: text }, address: {}, kind: 'other' } });
    if (ok) setSelected(id);
    return ok;
  };
  const addForm = <AddForm label={t('venues:add.label')} button={t('venues:add.button')} placeholder={t('venues:add.placeholder')} lang={textAttributes(source).lang} onAdd={add} error={adding.error} />;

  return (
    <RecordsView
      area={area}
      hasRecords={venues.length > 0}
      addForm={addForm}
      list={
        <>
          <ItemList
            label={t('venues:listLabel')}
            selected={current?.id ?? null}
            onSelect={setSelected}
            items={venues.map((venue, index) => ({
              key: venue.id,
              primary: (
                <>
                  <span className="venue-number">{index + 1}</span> <LocalizedLabel text={venue.name} />
                </>
              ),
              tags: (
                <span className="mini-tag" data-kind={venue.kind}>
                  {t(VENUE_KIND_KEYS[venue.kind])}
                </span>
              ),
            }))}
          />
        </>
      }
      detail={current && <VenueDetail key={current.id} venue={current} doc={doc} />}
      after={<TravelMatrix venues={venues} times={doc.travelTimes} />}
    />
  );
}
