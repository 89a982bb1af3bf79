// Runs in the renderer: the Present area: choose a visit and its language, arrange the
// slides, then start (F5): the presenter view fills this window and the audience view opens
// in its own (full screen on the projector in the desktop app).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, DEFAULT_UI_LANGUAGE } from '../../core/i18n/ui-languages';
import type { AudienceDisplay } from '../../core/ipc/present-schemas';
import { buildPresenterDeck, presentationLanguages } from '../../core/present/build-deck';
import type { AreaDefinition } from '../app/areas';
import { useHost } from '../app/host-context';
import { AreaEmptyState } from '../shell/area-empty-state';
import { PageHeader } from '../shell/page-header';
import { languageName } from '../workspace/language-display';
import { pickForUi } from '../workspace/localized-label';
import { useWorkspaceDoc } from '../workspace/workspace-context';
import { PresenterScreen } from './presenter-screen';
import { SlideList } from './slide-list';
import './present.css';

function newSession(): string {
  return crypto.randomUUID();
}

export function PresentView({ area }: { area: AreaDefinition }) {
  const { t, i18n } = useTranslation();
  const api = useHost();
  const doc = useWorkspaceDoc();
  const [visitId, setVisitId] = useState(() => doc.visits[0]?.id ?? '');
  const visit = doc.visits.find((v) => v.id === visitId) ?? doc.visits[0];
  const languages = useMemo(() => (visit ? presentationLanguages(doc, visit.id) : []), [doc, visit]);
  const [chosenLanguage, setLanguage] = useState('');
  const target = languages.includes(chosenLanguage) ? chosenLanguage : (languages[0] ?? 'en');
  const deck = useMemo(() => (visit ? buildPresenterDeck(doc, visit.id, target) : null), [doc, visit, target]);
  const [session, setSession] = useState<string | null>(null);
  const [audience, setAudience] = useState<AudienceDisplay>('closed');

  useEffect(() => api.onHostEvent('presentAudience', (status) => setAudience(status.display)), [api]);

  const openAudience = useCallback(
    async (id: string) => {
      const uiLanguage = isUiLanguage(i18n.language) ? i18n.language : DEFAULT_UI_LANGUAGE;
      const result = await api.presentOpenAudience({ session: id, uiLanguage });
      setAudience(result.ok ? result.value.display : 'closed');
    },
    [api, i18n.language],
  );
  const start = useCallback(() => {
    const id = newSession();
    setSession(id);
    void openAudience(id);
  }, [openAudience]);
  const leave = useCallback(() => {
    setSession(null);
    void api.presentCloseAudience().then(() => setAudience('closed'));
  }, [api]);

  useEffect(() => {
    if (session || !deck) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F5') return;
      event.preventDefault(); // F5 starts the talk here, it does not reload the page
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, deck, start]);

  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (!visit || !deck) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <AreaEmptyState area={area}>
          <a className="button" href="#/visits">
            {t('present:setup.goToVisits')}
          </a>
        </AreaEmptyState>
      </div>
    );
  }
  if (session) {
    // While presenting, the presenter view is the whole window; the arranging comes back after Esc.
    return (
      <div className="view view-wide" data-view={area.id}>
        <PresenterScreen deck={deck} glossary={doc.glossary} session={session} audience={audience} onOpenAudience={() => void openAudience(session)} onLeave={leave} />
      </div>
    );
  }
  return (
    <div className="view view-wide" data-view={area.id}>
      {header}
      <div className="present-setup">
        <nav className="present-visits" aria-label={t('present:setup.visits')}>
          <ul>
            {doc.visits.map((v) => {
              const title = pickForUi(v.title, i18n.language);
              return (
                <li key={v.id}>
                  <button type="button" aria-current={v.id === visit.id} onClick={() => setVisitId(v.id)} data-visit={v.id}>
                    <span lang={title.code}>{title.value}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <div>
          <div className="present-toolbar">
            <label className="inline-field">
              <span className="inline-field-label">{t('present:setup.language')}</span>
              <select value={target} onChange={(event) => setLanguage(event.target.value)} data-testid="present-language">
                {languages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={start} data-testid="present-start">
              {t('present:setup.start')}
            </button>
          </div>
          <p className="quiet-note">{t('present:setup.keys')}</p>
          <SlideList deck={deck} />
        </div>
      </div>
    </div>
  );
}
