// Runs in the renderer: who interprets at a stop: one row per interpreter with the pair
// covered there (chosen from the pairs the interpreter works in); rows added and removed.
// Each change sends the stop's whole list as one command.
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../core/model/delegations';
import type { StopInterpreter } from '../../core/model/stop-times';
import type { Stop } from '../../core/model/visits';
import { languageName } from '../workspace/language-display';

export function StopInterpreters({ stop, delegation, onCommit }: { stop: Stop; delegation: Delegation | undefined; onCommit(next: StopInterpreter[]): void }) {
  const { t, i18n } = useTranslation();
  const interpreters = delegation?.interpreters ?? [];
  const pairLabel = (pair: readonly string[]) => t('delegations:interpreters.pair', { from: languageName(pair[0]!, i18n.language), to: languageName(pair[1]!, i18n.language) });
  const replace = (index: number, next: StopInterpreter | null) => {
    const list = stop.interpreters.map((i) => ({ ...i }));
    if (next) list[index] = next;
    else list.splice(index, 1);
    onCommit(list);
  };
  const add = () => {
    const first = interpreters[0];
    if (first?.pairs[0]) onCommit([...stop.interpreters, { interpreterId: first.id, pair: first.pairs[0] }]);
  };
  return (
    <fieldset className="stop-interpreters">
      <legend>{t('itinerary:editor.interpreters')}</legend>
      {stop.interpreters.length === 0 && <p className="quiet-note">{t('itinerary:editor.noInterpreters')}</p>}
      <ul>
        {stop.interpreters.map((assigned, index) => {
          const interpreter = interpreters.find((i) => i.id === assigned.interpreterId);
          const pairs = [...(interpreter?.pairs ?? [])];
          if (!pairs.some((p) => p[0] === assigned.pair[0] && p[1] === assigned.pair[1])) pairs.push(assigned.pair);
          return (
            <li key={`${assigned.interpreterId}-${index}`} className="field-row">
              <select
                aria-label={t('itinerary:editor.interpreterN', { n: index + 1 })}
                value={assigned.interpreterId}
                onChange={(event) => {
                  const chosen = interpreters.find((i) => i.id === event.target.value);
                  replace(index, { interpreterId: event.target.value, pair: chosen?.pairs[0] ?? assigned.pair });
                }}
              >
                {interpreters.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
              <select aria-label={t('itinerary:editor.pairN', { n: index + 1 })} value={assigned.pair.join('-')} onChange={(event) => replace(index, { ...assigned, pair: event.target.value.split('-') as [string, string] })}>
                {pairs.map((pair) => (
                  <option key={pair.join('-')} value={pair.join('-')}>
                    {pairLabel(pair)}
                  </option>
                ))}
              </select>
              <button type="button" className="button button-quiet" onClick={() => replace(index, null)}>
                {t('itinerary:editor.removeInterpreter')}
              </button>
            </li>
          );
        })}
      </ul>
      {interpreters.length > 0 && (
        <button type="button" className="button button-quiet" onClick={add}>
          {t('itinerary:editor.addInterpreter')}
        </button>
      )}
    </fieldset>
  );
}
