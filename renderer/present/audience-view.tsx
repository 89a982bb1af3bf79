// Runs in the renderer: the audience view, the projector's window. It reads no workspace and
// asks the host for nothing: it shows only what the presenter sends on the session's channel
// (public slides, parsed against their strict schemas) and hands the keys pressed here (a
// clicker aimed at this window) back to the presenter.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceMessageSchema, channelName, PresenterMessageSchema, type AudienceMessage, type ShowState } from '../../core/present/present-channel';
import { actionOfKey } from '../../core/present/present-keys';
import type { PublicDeck } from '../../core/present/public-slide';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';

export function AudienceView({ session }: { session: string }) {
  const { t } = useTranslation();
  const [deck, setDeck] = useState<PublicDeck | null>(null);
  const [show, setShow] = useState<ShowState | null>(null);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    const channel = new BroadcastChannel(channelName(session));
    const send = (message: AudienceMessage) => channel.postMessage(AudienceMessageSchema.parse(message));
    channel.onmessage = (event: MessageEvent) => {
      const parsed = PresenterMessageSchema.safeParse(event.data);
      if (!parsed.success) return; // anything but a public slide or a position is dropped
      const message = parsed.data;
      if (message.type === 'deck') setDeck(message.deck);
      else if (message.type === 'show') setShow(message.state);
      else setEnded(true);
      if (message.type !== 'end') setEnded(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!actionOfKey(event) || event.key === 'F5') return;
      event.preventDefault();
      send({ type: 'key', key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey });
    };
    window.addEventListener('keydown', onKey);
    send({ type: 'hello' });
    return () => {
      window.removeEventListener('keydown', onKey);
      channel.close();
    };
  }, [session]);

  const slide = deck && show && show.deckId === deck.id ? deck.slides[show.index] : undefined;
  useEffect(() => {
    document.title = slide && deck ? t('present:audience.title', { index: (show?.index ?? 0) + 1, count: deck.slides.length }) : t('present:audience.waiting');
  }, [slide, deck, show, t]);

  return (
    <main className="audience-view" aria-label={t('present:audience.label')} data-testid="audience">
      {slide && deck && show && !ended ? (
        <SlideStage>
          <SlideView slide={slide} layout={show.layout} target={deck.target} />
        </SlideStage>
      ) : (
        <p className="audience-waiting" role="status">
          {ended ? t('present:audience.ended') : t('present:audience.waiting')}
        </p>
      )}
      {show?.blank && !ended && <div className={`audience-blank audience-blank-${show.blank}`} data-blank={show.blank} role="presentation" />}
    </main>
  );
}
