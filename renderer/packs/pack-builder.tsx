// Runs in the renderer: the Pack builder: the choices on one side (visit, template,
// languages, layout, sections, what is missing), the live preview on the other, and the
// export above the preview. The preview and the export are built by core from the same
// request, so what staff see is what prints.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../core/model/workspace';
import { useHost } from '../app/host-context';
import { ExportPanel } from './export-panel';
import { MissingTranslations } from './missing-translations';
import { batchRequests, delegationLanguages, initialChoices, requestOf, usesSections, type PackChoices } from './pack-choices';
import { PackOptions } from './pack-options';
import { PackPreviewPane } from './pack-preview-pane';
import { SectionPicker } from './section-picker';
import { usePackExport } from './use-pack-export';
import { usePackPreview } from './use-pack-preview';

export function PackBuilder({ doc, initial }: { doc: Workspace; initial: PackChoices }) {
  const { t, i18n } = useTranslation();
  const api = useHost();
  const [choices, setChoices] = useState<PackChoices>(initial);
  // One "printed on" date for the session's previews, so the preview does not change by the minute.
  const [now] = useState(() => new Date());
  const exporter = usePackExport(api);
  const running = exporter.state.kind === 'running';

  // The visit may be deleted (or the workspace replaced) while the builder is open.
  const visit = doc.visits.find((v) => v.id === choices.visitId);
  useEffect(() => {
    if (!visit) {
      const fresh = initialChoices(doc);
      if (fresh) setChoices(fresh);
    }
  }, [doc, visit]);

  const request = useMemo(() => requestOf(choices), [choices]);
  const preview = usePackPreview(doc, request, now);
  const missing = preview.kind === 'ready' ? preview.missing : [];
  const blocked = missing.length > 0 && !choices.fillMissing ? t('packs:export.blocked', { n: new Intl.NumberFormat(i18n.language).format(missing.length) }) : null;
  const batchLanguages = delegationLanguages(doc, choices.visitId);
  const change = (next: PackChoices) => {
    if (exporter.state.kind === 'finished' || exporter.state.kind === 'error') exporter.dismiss();
    setChoices(next);
  };

  if (!visit) return null;
  return (
    <div className="pack-builder">
      <form className="pack-choices" aria-label={t('packs:choices.label')} onSubmit={(event) => event.preventDefault()}>
        <PackOptions doc={doc} choices={choices} onChange={change} disabled={running} />
        <MissingTranslations
          doc={doc}
          missing={missing}
          fill={choices.fillMissing}
          disabled={running}
          onFillChange={(fillMissing) => change({ ...choices, fillMissing })}
        />
        {usesSections(choices.template) && (
          <SectionPicker doc={doc} visit={visit} sectionIds={choices.sectionIds} disabled={running} onChange={(sectionIds) => change({ ...choices, sectionIds })} />
        )}
      </form>
      <div className="pack-output">
        <ExportPanel
          fileName={preview.kind === 'ready' ? preview.fileName : null}
          exporter={exporter}
          blocked={blocked}
          batchLanguages={batchLanguages}
          onExport={() => void exporter.start([request])}
          onExportAll={() => void exporter.start(batchRequests(doc, choices))}
        />
        <PackPreviewPane state={preview} />
      </div>
    </div>
  );
}
