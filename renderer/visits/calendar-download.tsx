// Runs in the renderer: "download the .ics" in a chosen language of the delegation: the host
// builds it from its own workspace (a save dialog in the app, a download in the browser).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarExportOutcome } from '../../core/ipc/itinerary-schemas';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { useHost } from '../app/host-context';
import { languageName } from '../workspace/language-display';

export function CalendarDownload({ doc, visit }: { doc: Workspace; visit: Visit }) {
  const { t, i18n } = useTranslation();
  const api = useHost();
  const delegation = doc.delegations.find((d) => d.id === visit.delegationId);
  const languages = [...new Set([...(delegation?.primaryLanguages ?? []), ...(delegation?.secondaryLanguages ?? []), doc.languages.source.code])];
  const [language, setLanguage] = useState(languages[0] ?? doc.languages.source.code);
  const [outcome, setOutcome] = useState<CalendarExportOutcome | { status: 'error'; message: string } | null>(null);
  const download = async () => {
    const result = await api.exportCalendar({ visitId: visit.id, language });
    setOutcome(result.ok ? result.value : { status: 'error', message: result.error.message });
  };
  return (
    <section className="calendar-download" aria-labelledby="calendar-download-title">
      <h4 id="calendar-download-title">{t('itinerary:calendar.title')}</h4>
      <div className="field-row">
        <select aria-label={t('itinerary:calendar.language')} value={language} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void download()}>
          {t('itinerary:calendar.download')}
        </button>
      </div>
      <p className="itinerary-status" role="status">
        {outcome?.status === 'saved' && t('itinerary:calendar.saved', { name: outcome.fileName, n: outcome.events })}
        {(outcome?.status === 'failed' || outcome?.status === 'error') && t('itinerary:calendar.failed', { message: outcome.message })}
        {!outcome && (visit.issuedVersions.length ? t('itinerary:calendar.issuedNote', { n: visit.issuedVersions.at(-1)!.number }) : t('itinerary:calendar.draftNote'))}
      </p>
    </section>
  );
}
