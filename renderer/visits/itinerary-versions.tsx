// Runs in the renderer: issued versions: "issue version N" with a comment, the versions
// issued so far, and what the draft changed since the last one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftChanges } from '../../core/itinerary/itinerary-changes';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { formatMoment } from '../workspace/language-display';
import { changeMessage } from './itinerary-messages';
import type { ItineraryCommands } from './use-itinerary-undo';

export function ItineraryVersions({ doc, visit, commands }: { doc: Workspace; visit: Visit; commands: ItineraryCommands }) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  const next = (visit.issuedVersions.at(-1)?.number ?? 0) + 1;
  const draft = draftChanges(visit, doc.languages.source.code);
  const issue = async () => {
    if (await commands.run({ type: 'issueVersion', visitId: visit.id, comment: comment.trim() })) setComment('');
  };
  return (
    <section className="itinerary-versions" aria-labelledby="itinerary-versions-title">
      <h4 id="itinerary-versions-title">{t('itinerary:versions.title')}</h4>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          void issue();
        }}
      >
        <input value={comment} aria-label={t('itinerary:versions.comment')} placeholder={t('itinerary:versions.comment')} onChange={(event) => setComment(event.target.value)} />
        <button type="submit" className="button" disabled={draft !== null && draft.changes.length === 0}>
          {t('itinerary:versions.issue', { n: next })}
        </button>
      </form>
      {visit.issuedVersions.length === 0 ? (
        <p className="quiet-note">{t('itinerary:versions.none')}</p>
      ) : (
        <ol className="version-list" reversed>
          {[...visit.issuedVersions].reverse().map((v) => (
            <li key={v.number}>
              <strong>{t('itinerary:versions.label', { n: v.number })}</strong> · <bdi>{formatMoment(v.issuedAt, i18n.language)}</bdi> · <bdi>{v.issuedBy}</bdi>
              {v.comment && <> · <bdi>{v.comment}</bdi></>}
            </li>
          ))}
        </ol>
      )}
      {draft && (
        <div className="change-list" aria-live="polite">
          <h5>{t('itinerary:versions.changesSince', { n: draft.since.number })}</h5>
          {draft.changes.length === 0 ? (
            <p className="quiet-note">{t('itinerary:versions.noChanges')}</p>
          ) : (
            <ul aria-label={t('itinerary:versions.changesSince', { n: draft.since.number })}>
              {draft.changes.map((change, i) => (
                <li key={`${change.kind}-${change.stopId}-${i}`} data-kind={change.kind}>
                  {changeMessage(t, change, doc, visit, i18n.language)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
