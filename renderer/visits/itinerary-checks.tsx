// Runs in the renderer: every check of the visit in one list, errors first, each naming
// its stop; choosing one selects the stop. Checks never block saving.
import { useTranslation } from 'react-i18next';
import { countBySeverity } from '../../core/itinerary/check-itinerary';
import type { Finding } from '../../core/itinerary/findings';
import { stopLabel } from '../../core/itinerary/itinerary-names';
import type { Workspace } from '../../core/model/workspace';
import { findingMessage } from './itinerary-messages';

export function ItineraryChecks({ doc, findings, onSelect }: { doc: Workspace; findings: Finding[]; onSelect(stopId: string): void }) {
  const { t, i18n } = useTranslation();
  const { errors, warnings } = countBySeverity(findings);
  return (
    <section className="itinerary-checks" aria-labelledby="itinerary-checks-title">
      <h4 id="itinerary-checks-title">{t('itinerary:checks.title')}</h4>
      <p className="itinerary-status" role="status">
        {findings.length === 0 ? t('itinerary:checks.none') : t('itinerary:checks.summary', { errors, warnings })}
      </p>
      <ul className="finding-list">
        {findings.map((f, i) => (
          <li key={`${f.check}-${f.stopId}-${i}`} data-severity={f.severity} data-check={f.check}>
            <button type="button" className="finding-button" onClick={() => onSelect(f.stopId)}>
              <span className="finding-severity">{f.severity === 'error' ? t('itinerary:severity.error') : t('itinerary:severity.warning')}</span>
              <span className="finding-stop" dir="auto">
                {stopLabel(doc, f, i18n.language)}
              </span>
              <span className="finding-message">{findingMessage(t, f, doc, i18n.language)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
