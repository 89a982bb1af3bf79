// Runs in the renderer: the host organisation of the open workspace, as its packs print it:
// its name in each language (the author, the handout's cover, the running header), where it
// is, and its logo. Each field commits one setHost command when it is left; emptying every
// name removes the host (packs then print none).
import { useTranslation } from 'react-i18next';
import type { Host } from '../../core/model/host';
import type { LocalizedText } from '../../core/model/localized-text';
import type { Workspace } from '../../core/model/workspace';
import { CommitField } from '../forms/commit-field';
import { LocalizedTextGrid } from '../forms/localized-text-grid';
import { useCommand } from '../workspace/workspace-context';
import { SettingsSection } from './settings-section';

export function HostSettings({ doc }: { doc: Workspace }) {
  const { t } = useTranslation();
  const names = useCommand();
  const address = useCommand();
  const logo = useCommand();
  const host = doc.host;
  const languages = [doc.languages.source, ...doc.languages.targets];
  const setHost = (runner: typeof names, next: Host | null) => runner.run({ type: 'setHost', host: next });
  const withNames = (next: LocalizedText) => (Object.keys(next).length === 0 ? null : { ...host, names: next });
  return (
    <SettingsSection id="settings-host" section="host" title={t('workspace-settings:host.title')} help={t('workspace-settings:host.help')}>
      <h3 className="detail-subtitle">{t('workspace-settings:host.names')}</h3>
      <LocalizedTextGrid
        languages={languages}
        value={host?.names ?? {}}
        label={t('workspace-settings:host.names')}
        error={names.error}
        onCommit={(next) => setHost(names, withNames(next))}
      />
      {host && (
        <>
          <h3 className="detail-subtitle">{t('workspace-settings:host.address')}</h3>
          <LocalizedTextGrid
            languages={languages}
            value={host.address ?? {}}
            label={t('workspace-settings:host.address')}
            error={address.error}
            onCommit={(next) => {
              const { address: _old, ...rest } = host;
              return setHost(address, Object.keys(next).length ? { ...rest, address: next } : rest);
            }}
          />
          <label className="inline-field">
            <span className="inline-field-label">{t('workspace-settings:host.logo')}</span>
            <CommitField
              value={host.logo ?? ''}
              label={t('workspace-settings:host.logo')}
              dir="ltr"
              error={logo.error}
              onCommit={(text) => {
                const { logo: _old, ...rest } = host;
                return setHost(logo, text.trim() ? { ...rest, logo: text.trim() } : rest);
              }}
            />
          </label>
          <p className="settings-section-help">{t('workspace-settings:host.logoHelp')}</p>
        </>
      )}
    </SettingsSection>
  );
}
