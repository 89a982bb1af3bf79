// Runs in the renderer: start-up of the audience route (#/present/audience?session=…&ui=…).
// No host, no settings, no workspace: the UI language comes in the address and the slides
// come over the channel. Anything else in the address is refused.
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_UI_LANGUAGE, isUiLanguage } from '../../core/i18n/ui-languages';
import { SessionIdSchema } from '../../core/present/present-channel';
import { createI18n } from '../i18n/create-i18n';
import { AudienceView } from './audience-view';
import './present.css';

export const AUDIENCE_ROUTE = '#/present/audience';

export function isAudienceRoute(hash: string): boolean {
  return hash === AUDIENCE_ROUTE || hash.startsWith(`${AUDIENCE_ROUTE}?`);
}

export function startAudience(win: Window, container: HTMLElement): Root {
  const query = new URLSearchParams(win.location.hash.slice(AUDIENCE_ROUTE.length + 1));
  const ui = query.get('ui');
  const i18n = createI18n(isUiLanguage(ui) ? ui : DEFAULT_UI_LANGUAGE, win.document.documentElement);
  const session = SessionIdSchema.safeParse(query.get('session'));
  const root = createRoot(container);
  root.render(
    <I18nextProvider i18n={i18n}>
      {session.success ? (
        <AudienceView session={session.data} />
      ) : (
        <p className="startup-failure" role="alert">
          {i18n.t('present:audience.badAddress')}
        </p>
      )}
    </I18nextProvider>,
  );
  return root;
}
