// Runs in the renderer: moves the keyboard focus to something that appears only once the
// store has taken a command (the editor of a new paragraph, an outline item re-rendered in
// its new place, the neighbour of a deleted block). The request waits for the render that
// shows the element, and lapses after a moment so it never steals the focus later.
import { useCallback, useEffect, useRef, useState } from 'react';

const LAPSE_MS = 2_000;

export type FocusRequest = (selector: string) => void;

export function useFocusRequest(): FocusRequest {
  const pending = useRef<{ selector: string; at: number } | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    if (Date.now() - request.at > LAPSE_MS) {
      pending.current = null;
      return;
    }
    // A windowed list shows the element a frame or two after it scrolled to it: look again then.
    let frame = 0;
    const attempt = () => {
      if (pending.current !== request || Date.now() - request.at > LAPSE_MS) return;
      const element = document.querySelector<HTMLElement>(request.selector);
      if (element) {
        pending.current = null;
        element.focus();
      } else frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  });
  return useCallback((selector: string) => {
    pending.current = { selector, at: Date.now() };
    rerender((n) => n + 1);
  }, []);
}

/** Selectors for the things the Library focuses, by id (ids are letters, digits, "-" and "_"). */
export const focusTargets = {
  sourceEditor: (segmentId: string) => `.block-detail [data-segment-id="${segmentId}"] .segment-source textarea`,
  outlineItem: (key: string) => `.library-outline [data-key="${key}"]`,
  figureValue: (figureId: string) => `.block-detail [data-figure-id="${figureId}"] input[type="number"]`,
};
