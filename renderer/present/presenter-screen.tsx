// Runs in the renderer: the presenter view, for the interpreter's laptop: the current slide
// as the room sees it, the next one, the slide's notes and internal notes, clock and elapsed
// time, a slide-number field, and the glossary lookup. Keys drive the talk (core/present/
// present-keys.ts); the audience window follows over the channel.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Glossary } from '../../core/model/glossary';
import type { AudienceDisplay } from '../../core/ipc/present-schemas';
import type { PresenterDeck } from '../../core/present/build-deck';
import { actionOfKey } from '../../core/present/present-keys';
import { GlossaryPanel } from './glossary-panel';
import { LAYOUT_LABELS } from './layout-labels';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { formatElapsed, useClock } from './use-clock';
import { usePresenterTalk } from './use-presenter-talk';

export interface PresenterScreenProps {
  deck: PresenterDeck;
  glossary: Glossary;
  session: string;
  audience: AudienceDisplay;
  onOpenAudience: () => void;
  onLeave: () => void;
}

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function PresenterScreen({ deck, glossary, session, audience, onOpenAudience, onLeave }: PresenterScreenProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { talk, fitted, act } = usePresenterTalk(deck, session, onLeave);
  const now = useClock();
  const [started] = useState(() => Date.now());
  const [field, setField] = useState('');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingInField(event.target)) return;
      const action = actionOfKey(event);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  const visible = useMemo(() => deck.slides.filter((s) => !s.hidden), [deck]);
  const current = fitted?.[talk.index];
  const next = fitted?.[talk.index + 1];
  const source = current ? visible[current.from] : undefined;
  const clock = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(now);
  const audienceText = {
    external: t('present:audience.external'),
    window: t('present:audience.window'),
    closed: t('present:audience.closed'),
  }[audience];

  return (
    <div className="presenter" role="dialog" aria-modal="true" aria-label={t('present:presenter.label')} data-testid="presenter">
      <div className="presenter-bar">
        <span className="presenter-clock" aria-label={t('present:presenter.clock')} role="timer">
          {clock}
        </span>
        <span className="presenter-elapsed" aria-label={t('present:presenter.elapsed')} role="timer" data-testid="elapsed">
          {formatElapsed(now.getTime() - started)}
        </span>
        <form
          className="presenter-jump"
          onSubmit={(event) => {
            event.preventDefault();
            const n = Number(field);
            if (Number.isInteger(n) && n >= 1) act({ type: 'goTo', index: n - 1 });
            setField('');
          }}
        >
          <label htmlFor={`${id}-number`}>{t('present:presenter.slideNumber')}</label>
          <input
            id={`${id}-number`}
            inputMode="numeric"
            value={field}
            placeholder={String(talk.index + 1)}
            onChange={(event) => setField(event.target.value.replace(/\D/g, ''))}
            onKeyDown={(event) => event.stopPropagation()}
          />
          <span data-testid="slide-position">{t('present:presenter.position', { index: talk.index + 1, count: talk.count })}</span>
        </form>
        <button type="button" onClick={() => act({ type: 'previous' })}>
          {t('present:presenter.previous')}
        </button>
        <button type="button" onClick={() => act({ type: 'next' })}>
          {t('present:presenter.next')}
        </button>
        <button type="button" aria-pressed={talk.blank === 'black'} onClick={() => act({ type: 'blank', color: 'black' })}>
          {t('present:presenter.black')}
        </button>
        <button type="button" aria-pressed={talk.blank === 'white'} onClick={() => act({ type: 'blank', color: 'white' })}>
          {t('present:presenter.white')}
        </button>
        <button type="button" onClick={() => act({ type: 'layout' })} data-testid="layout-button" data-layout={talk.layout}>
          {t('present:presenter.layout', { name: t(LAYOUT_LABELS[talk.layout]) })}
        </button>
        <button type="button" onClick={() => act({ type: 'textSize', step: -1 })}>
          {t('present:presenter.smaller')}
        </button>
        <button type="button" onClick={() => act({ type: 'textSize', step: 1 })}>
          {t('present:presenter.bigger')}
        </button>
        <span className="presenter-spacer" />
        <span className="presenter-quiet" data-testid="audience-status" data-display={audience}>
          {audienceText}
        </span>
        {audience === 'closed' && (
          <button type="button" onClick={onOpenAudience}>
            {t('present:presenter.openAudience')}
          </button>
        )}
        <button type="button" onClick={onLeave}>
          {t('present:presenter.leave')}
        </button>
      </div>
      <div className="presenter-main">
        <div className="presenter-current">
          <SlideStage label={t('present:presenter.current')}>
            {current ? <SlideView slide={current.slide} layout={talk.layout} target={deck.target} /> : null}
          </SlideStage>
          <p className="presenter-status" role="status" data-testid="presenter-status">
            {!fitted && t('present:presenter.fitting')}
            {talk.blank === 'black' && <strong>{t('present:presenter.blankBlack')}</strong>}
            {talk.blank === 'white' && <strong>{t('present:presenter.blankWhite')}</strong>}
            {talk.digits && <strong>{t('present:presenter.jumpPending', { digits: talk.digits })}</strong>}
          </p>
        </div>
        <div className="presenter-side">
          <section className="presenter-next" aria-labelledby={`${id}-next`}>
            <h2 id={`${id}-next`}>{t('present:presenter.nextSlide')}</h2>
            {next ? (
              <SlideStage>
                <SlideView slide={next.slide} layout={talk.layout} target={deck.target} />
              </SlideStage>
            ) : (
              <p className="presenter-quiet">{t('present:presenter.end')}</p>
            )}
          </section>
          <section aria-labelledby={`${id}-notes`}>
            <h2 id={`${id}-notes`}>{t('present:presenter.notes')}</h2>
            {source?.notes ? (
              <p className="presenter-notes" lang="zh" data-testid="speaker-notes">
                {source.notes}
              </p>
            ) : (
              <p className="presenter-quiet">{t('present:presenter.noNotes')}</p>
            )}
          </section>
          {/* The lookup before the internal notes: it must be on screen the moment a term is needed. */}
          <GlossaryPanel glossary={glossary} target={deck.target} />
          {source && source.internal.length > 0 && (
            <section className="presenter-internal" aria-labelledby={`${id}-internal`}>
              <h2 id={`${id}-internal`}>{t('present:presenter.internal')}</h2>
              <ul lang="zh" data-testid="internal-notes">
                {source.internal.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
