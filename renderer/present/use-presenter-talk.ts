// Runs in the renderer: the presenter's side of a talk: the fitted slides, where the talk
// is, and the channel that keeps the audience view in step. Only the public deck and the
// talk's position cross the channel, each parsed against its strict schema before sending.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PresenterDeck } from '../../core/present/build-deck';
import { channelName, AudienceMessageSchema, PresenterMessageSchema, type PresenterMessage } from '../../core/present/present-channel';
import { actionOfKey, initialTalk, reduceTalk, TEXT_SIZES, type PresentAction, type TalkState } from '../../core/present/present-keys';
import { PublicDeckSchema, type PublicDeck } from '../../core/present/public-slide';
import { fitSlides, loadSlideFonts, type FittedSlide } from './fit-slides';

export interface PresenterTalk {
  talk: TalkState;
  fitted: FittedSlide[] | null;
  act(action: PresentAction): void;
}

let deckCounter = 0;

export function usePresenterTalk(deck: PresenterDeck, session: string, onLeave: () => void): PresenterTalk {
  const visible = useMemo(() => deck.slides.filter((s) => !s.hidden), [deck]);
  const [talk, setTalk] = useState<TalkState>(() => initialTalk(Math.max(1, visible.length)));
  const [fitted, setFitted] = useState<FittedSlide[] | null>(null);
  const [publicDeck, setPublicDeck] = useState<PublicDeck | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ talk, fitted, publicDeck });
  latest.current = { talk, fitted, publicDeck };

  // Fit again whenever the slides, the layout or the text size change; keep the place.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await loadSlideFonts(document, visible.map((s) => s.slide));
      if (cancelled) return;
      const next = fitSlides(document, visible.map((s) => s.slide), talk.layout, deck.target, TEXT_SIZES[talk.textSize]!);
      const before = latest.current.fitted?.[latest.current.talk.index];
      deckCounter += 1;
      const nextDeck = PublicDeckSchema.parse({ id: `${deck.visitId}-${deckCounter}`, target: deck.target, slides: next.map((f) => f.slide) });
      setFitted(next);
      setPublicDeck(nextDeck);
      setTalk((state) => {
        const found = before ? next.findIndex((f) => f.from === before.from && f.slide.part >= Math.min(before.slide.part, f.slide.parts)) : -1;
        const index = found >= 0 ? found : Math.min(state.index, next.length - 1);
        return { ...state, count: Math.max(1, next.length), index: Math.max(0, index) };
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [visible, deck.target, deck.visitId, talk.layout, talk.textSize]);

  const act = useCallback(
    (action: PresentAction) => {
      if (action.type === 'leave') return onLeave();
      setTalk((state) => reduceTalk(state, action.type === 'start' ? { type: 'first' } : action));
    },
    [onLeave],
  );

  const post = useCallback((message: PresenterMessage) => {
    channel.current?.postMessage(PresenterMessageSchema.parse(message));
  }, []);
  const showMessage = useCallback((): PresenterMessage | null => {
    const { talk: state, publicDeck: current } = latest.current;
    if (!current) return null;
    return { type: 'show', state: { deckId: current.id, index: state.index, blank: state.blank, layout: state.layout } };
  }, []);

  useEffect(() => {
    const opened = new BroadcastChannel(channelName(session));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const parsed = AudienceMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      if (parsed.data.type === 'hello') {
        const current = latest.current.publicDeck;
        if (current) post({ type: 'deck', deck: current });
        const show = showMessage();
        if (show) post(show);
        return;
      }
      const action = actionOfKey(parsed.data);
      if (action) act(action);
    };
    return () => {
      opened.postMessage(PresenterMessageSchema.parse({ type: 'end' }));
      opened.close();
      channel.current = null;
    };
  }, [session, post, showMessage, act]);

  useEffect(() => {
    if (publicDeck) post({ type: 'deck', deck: publicDeck });
  }, [publicDeck, post]);

  useEffect(() => {
    const show = showMessage();
    if (show) post(show);
  }, [talk.index, talk.blank, talk.layout, publicDeck, post, showMessage]);

  return { talk, fitted, act };
}
