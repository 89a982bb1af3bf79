// Runs in the renderer: the sidebar: the app's name, the open workspace, the work areas in
// groups, and settings.
import { useTranslation } from 'react-i18next';
import { AREA_GROUPS, AREAS } from '../app/areas';
import { hashOf, type Route } from '../app/routes';
import { WorkspaceSwitcher } from '../workspace/workspace-switcher';
import { BrandMark } from './brand-mark';
import { NavIcon } from './nav-icon';

export function Sidebar({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav:label')}>
      <div className="brand">
        <BrandMark />
        <div className="brand-text">
          <p className="brand-name">{t('common:app.name')}</p>
          <p className="brand-organisation">
            <span>{t('common:app.institution')}</span>
            <span>{t('common:app.outreachPoint')}</span>
          </p>
        </div>
      </div>
      <WorkspaceSwitcher />
      <div className="nav-groups">
        {AREA_GROUPS.map((group) => (
          <section className="nav-group" key={group} aria-label={t(group)}>
            <h2 className="nav-group-title">{t(group)}</h2>
            <ul className="nav-list">
              {AREAS.filter((area) => area.group === group).map((area) => (
                <li key={area.id}>
                  <a
                    className="nav-link"
                    href={hashOf(area.id)}
                    aria-current={route === area.id ? 'page' : undefined}
                    data-area={area.id}
                  >
                    <NavIcon name={area.id} />
                    <span className="nav-link-label">{t(area.label)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="sidebar-footer">
        <a
          className="nav-link"
          href={hashOf('settings')}
          aria-current={route === 'settings' ? 'page' : undefined}
          data-area="settings"
        >
          <NavIcon name="settings" />
          <span className="nav-link-label">{t('nav:settings')}</span>
        </a>
      </div>
    </nav>
  );
}
