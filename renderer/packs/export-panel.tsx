// Runs in the renderer: exporting from the Pack builder: the pack's file name, "Export PDF"
// and "every language of the delegation" (a batch), a progress bar with the stage and the
// file being made, Cancel, and when it is done a summary of the files with "Open file" and
// "Show in folder" (desktop: the host saved them; in a browser they were downloaded).
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../core/assert-never';
import type { ExportedPack, PackExportOutcome } from '../../core/ipc/pack-schemas';
import { languageName } from '../workspace/language-display';
import { useHost } from '../app/host-context';
import { PHASE_KEYS } from './pack-labels';
import type { PackExport } from './use-pack-export';

export interface ExportPanelProps {
  fileName: string | null;
  exporter: PackExport;
  onExport(): void;
  onExportAll(): void;
  /** Languages a batch would print, in order. */
  batchLanguages: readonly string[];
  /** Why export is not possible now (missing translations), or null. */
  blocked: string | null;
}

function useSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (bytes) =>
    bytes >= 1024 * 1024
      ? t('packs:export.megabytes', { n: format.format(bytes / 1024 / 1024) })
      : t('packs:export.kilobytes', { n: format.format(Math.max(1, Math.round(bytes / 1024))) });
}

function FileRow({ file }: { file: ExportedPack }) {
  const { t, i18n } = useTranslation();
  const api = useHost();
  const size = useSize();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <li className="exported-file" data-file-name={file.fileName}>
      <span className="exported-file-name">
        <bdi dir="ltr">{file.fileName}</bdi>
      </span>
      <span className="exported-file-facts">
        {file.languages.map((code) => languageName(code, i18n.language)).join(' · ')}
        {' · '}
        {t('packs:export.pages', { n: number.format(file.pages) })}
        {' · '}
        <bdi>{size(file.bytes)}</bdi>
      </span>
      {file.filled.length > 0 && <span className="filled-note">{t('packs:export.filled', { n: number.format(file.filled.length) })}</span>}
      {file.warnings.length > 0 && (
        <details className="exported-warnings">
          <summary>{t('packs:export.warnings', { n: number.format(file.warnings.length) })}</summary>
          <ul>
            {file.warnings.map((warning) => (
              <li key={warning}>
                <bdi dir="ltr">{warning}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      {file.path && (
        <span className="exported-file-actions">
          <button type="button" className="button button-quiet" onClick={() => void api.openPackFile({ path: file.path! })}>
            {t('packs:export.openFile')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void api.showPackInFolder({ path: file.path! })}>
            {t('packs:export.showInFolder')}
          </button>
        </span>
      )}
    </li>
  );
}

function Outcome({ outcome, batch, onDismiss }: { outcome: PackExportOutcome; batch: boolean; onDismiss(): void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const dismiss = (
    <button type="button" className="link-button" onClick={onDismiss}>
      {t('packs:export.dismiss')}
    </button>
  );
  switch (outcome.status) {
    case 'done': {
      const downloaded = outcome.files.every((file) => file.path === null);
      const pages = outcome.files.reduce((sum, file) => sum + file.pages, 0);
      return (
        <div className="export-outcome" data-outcome="done" role="status">
          <p className="export-outcome-title">
            {batch
              ? t('packs:export.doneBatch', { n: number.format(outcome.files.length), pages: number.format(pages) })
              : t('packs:export.done')}
            {downloaded && <span className="export-outcome-where">{t('packs:export.downloaded')}</span>}
          </p>
          {outcome.folder && (
            <p className="export-outcome-folder">
              {t('packs:export.folder')} <bdi dir="ltr">{outcome.folder}</bdi>
            </p>
          )}
          <ul className="exported-files">
            {outcome.files.map((file) => (
              <FileRow key={file.fileName} file={file} />
            ))}
          </ul>
          {dismiss}
        </div>
      );
    }
    case 'cancelled':
      return (
        <div className="export-outcome" data-outcome="cancelled" role="status">
          <p className="export-outcome-title">{t('packs:export.cancelled')}</p>
          {dismiss}
        </div>
      );
    case 'missing':
      return (
        <div className="export-outcome export-outcome-problem" data-outcome="missing" role="alert">
          <p className="export-outcome-title">{t('packs:export.missing')}</p>
          <ul className="export-missing">
            {outcome.packs.map((pack) => (
              <li key={pack.languages.join('+')}>
                {pack.languages.map((code) => languageName(code, i18n.language)).join(' · ')}
                {': '}
                {t('packs:export.missingCount', { n: number.format(pack.missing.length) })}
              </li>
            ))}
          </ul>
          {dismiss}
        </div>
      );
    case 'refused':
    case 'failed':
      return (
        <div className="export-outcome export-outcome-problem" data-outcome={outcome.status} role="alert">
          <p className="export-outcome-title">{t('packs:export.failed')}</p>
          <p className="export-outcome-detail">
            <bdi dir="ltr">{outcome.message}</bdi>
          </p>
          {dismiss}
        </div>
      );
    case 'dismissed':
      return null;
    default:
      return assertNever(outcome, 'export outcome');
  }
}

export function ExportPanel({ fileName, exporter, onExport, onExportAll, batchLanguages, blocked }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const { state } = exporter;
  const running = state.kind === 'running';
  const progress = running ? state.progress : null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section className="export-panel" aria-label={t('packs:export.label')} data-state={state.kind}>
      <div className="export-row">
        <div className="export-file">
          <span className="export-file-label">{t('packs:export.fileName')}</span>
          <bdi className="export-file-name" dir="ltr">
            {fileName ?? '—'}
          </bdi>
        </div>
        <div className="export-actions">
          <button type="button" className="button" disabled={running || !fileName || !!blocked} onClick={onExport}>
            {t('packs:export.one')}
          </button>
          {batchLanguages.length > 1 && (
            <button type="button" className="button button-quiet" disabled={running} onClick={onExportAll} title={batchLanguages.map((code) => languageName(code, i18n.language)).join(' · ')}>
              {t('packs:export.all', { n: new Intl.NumberFormat(i18n.language).format(batchLanguages.length) })}
            </button>
          )}
        </div>
      </div>
      {blocked && !running && <p className="export-blocked">{blocked}</p>}
      {running && (
        <div className="export-progress" role="group" aria-label={t('packs:export.progress')}>
          <progress className="export-progress-bar" max={1} value={progress?.fraction ?? 0} aria-label={t('packs:export.progress')} />
          <span className="export-progress-text" role="status">
            {state.cancelling
              ? t('packs:export.cancelling')
              : progress
                ? t('packs:export.step', {
                    phase: t(PHASE_KEYS[progress.phase]),
                    pack: new Intl.NumberFormat(i18n.language).format(progress.pack + 1),
                    packs: new Intl.NumberFormat(i18n.language).format(progress.packs),
                    percent: percent.format(progress.fraction),
                  })
                : t('packs:export.waiting')}
            {progress && (
              <bdi className="export-progress-file" dir="ltr">
                {progress.fileName}
              </bdi>
            )}
          </span>
          <button type="button" className="button button-quiet" disabled={state.cancelling} onClick={() => void exporter.cancel()}>
            {t('packs:export.cancel')}
          </button>
        </div>
      )}
      {state.kind === 'finished' && <Outcome outcome={state.outcome} batch={state.batch} onDismiss={exporter.dismiss} />}
      {state.kind === 'error' && (
        <div className="export-outcome export-outcome-problem" data-outcome="error" role="alert">
          <p className="export-outcome-title">{t('packs:export.failed')}</p>
          <p className="export-outcome-detail">
            <bdi dir="ltr">{state.error.message}</bdi>
          </p>
        </div>
      )}
    </section>
  );
}
