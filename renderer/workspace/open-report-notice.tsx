// Runs in the renderer: what happened when the workspace was opened, told to the user:
// restored from a backup, brought up from an older format, unsaved changes recovered,
// damaged files set aside (renamed, never deleted), or another workspace opened because
// the last one could not be. The store's own sentences follow as technical detail.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenReportPayload } from '../../core/ipc/workspace-schemas';
import { formatMoment, isolate } from './language-display';
import { useWorkspaceState } from './workspace-context';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function OpenReportNotice() {
  const { t, i18n } = useTranslation();
  const { status } = useWorkspaceState();
  const [dismissed, setDismissed] = useState<OpenReportPayload | null>(null);
  if (!status?.open || !status.report || status.report === dismissed) return null;
  const report = status.report;
  const lines: string[] = [];
  if (report.fallback) lines.push(t('workspace:report.fallback', { wanted: isolate(baseName(report.fallback.wanted)), name: isolate(status.file.name) }));
  if (report.outcome === 'created') lines.push(t('workspace:report.created', { name: isolate(status.file.name) }));
  if (report.recoveredFrom) lines.push(t('workspace:report.recovered', { when: isolate(formatMoment(report.recoveredFrom.takenAt, i18n.language)), revision: report.recoveredFrom.revision }));
  if (report.migratedFrom !== null) lines.push(t('workspace:report.migrated', { version: report.migratedFrom }));
  if (report.journal.replayed > 0) lines.push(t('workspace:report.replayed', { n: report.journal.replayed }));
  if (report.journal.droppedUnfinishedEntry) lines.push(t('workspace:report.dropped'));
  if (report.journal.problem) lines.push(t('workspace:report.journalProblem'));
  const warning = report.outcome === 'recovered' || !!report.fallback || !!report.journal.problem;
  return (
    <section className="open-report" data-tone={warning ? 'warning' : 'info'} role={warning ? 'alert' : 'status'} aria-label={t('workspace:report.title')}>
      <p className="open-report-title">{t('workspace:report.title')}</p>
      <ul className="open-report-lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.setAside.length > 0 && (
        <>
          <p className="open-report-subtitle">{t('workspace:report.setAside')}</p>
          <ul className="open-report-files" dir="ltr">
            {report.setAside.map((file) => (
              <li key={file.movedTo}>
                <code>{baseName(file.original)}</code> → <code>{baseName(file.movedTo)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {(report.notices.length > 0 || report.fallback) && (
        <details className="open-report-details">
          <summary>{t('workspace:report.details')}</summary>
          <ul dir="ltr" lang="en">
            {report.fallback && <li>{report.fallback.problem}</li>}
            {report.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="link-button" onClick={() => setDismissed(report)}>
        {t('workspace:errors.dismiss')}
      </button>
    </section>
  );
}
