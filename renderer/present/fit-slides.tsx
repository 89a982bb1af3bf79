// Runs in the renderer: fits every slide to the design frame. Each slide is drawn off screen
// with the very component the views use, and its element boxes are measured: the text size
// steps down until nothing spills out of its box; if it still does at the smallest step, the
// block is split across slides (core/present/split-slide.ts) and each part is fitted again.
// Views scale the frame uniformly, so a slide that fits here fits in any window.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { SlideLayout } from '../../core/present/language-layouts';
import type { PublicSlide, SlideLanguage } from '../../core/present/public-slide';
import { maxParts, splitSlide } from '../../core/present/split-slide';
import { SlideView, SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-view';

/** Text size steps tried, from the chosen size down. */
export const FIT_STEPS = [1, 0.92, 0.84, 0.76, 0.68, 0.6] as const;

const TOLERANCE = 1;

/** True when some element of the slide spills out of its box or out of the slide (boxes, not pixels). */
export function slideOverflows(section: Element): boolean {
  const frame = section.getBoundingClientRect();
  const outside = (rect: DOMRect, box: DOMRect) =>
    rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE || rect.top < box.top - TOLERANCE || rect.bottom > box.bottom + TOLERANCE;
  const view = section.ownerDocument.defaultView;
  for (const element of [section, ...section.querySelectorAll('*')]) {
    const html = element as HTMLElement;
    // A box that clips (the slide, its body) must hold all it contains, glyphs included: a
    // scroll size beyond the box is text cut off. Boxes that do not clip are checked by position.
    const style = view?.getComputedStyle(html);
    if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      if (html.scrollWidth > html.clientWidth + TOLERANCE || html.scrollHeight > html.clientHeight + TOLERANCE) return true;
    }
    if (element === section) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (outside(rect, frame)) return true;
  }
  // Heading and body are the slide's boxes: what they hold must stay inside them.
  for (const box of section.querySelectorAll('.slide-heading, .slide-body')) {
    const limit = box.getBoundingClientRect();
    for (const element of box.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if ((rect.width > 0 || rect.height > 0) && outside(rect, limit)) return true;
    }
  }
  return false;
}

export interface FittedSlide {
  slide: PublicSlide;
  /** Index of the slide it came from, in the list given. */
  from: number;
}

/** Renders slides off screen for measuring; dispose() when done. */
function createMeasurer(doc: Document) {
  const host = doc.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'slide-measurer';
  Object.assign(host.style, { position: 'fixed', insetInlineStart: '-20000px', insetBlockStart: '0', width: `${SLIDE_WIDTH}px`, height: `${SLIDE_HEIGHT}px`, visibility: 'hidden', pointerEvents: 'none' });
  doc.body.appendChild(host);
  const root = createRoot(host);
  return {
    overflows(slide: PublicSlide, layout: SlideLayout, target: SlideLanguage): boolean {
      flushSync(() => root.render(<SlideView slide={slide} layout={layout} target={target} />));
      const section = host.querySelector('.slide');
      return section ? slideOverflows(section) : false;
    },
    dispose() {
      root.unmount();
      host.remove();
    },
  };
}

/** The first text size at which every slide fits, or undefined. */
function fitAll(slides: PublicSlide[], size: number, check: (slide: PublicSlide) => boolean): PublicSlide[] | undefined {
  for (const step of FIT_STEPS) {
    const scaled = slides.map((slide) => ({ ...slide, scale: size * step }));
    if (scaled.every((slide) => !check(slide))) return scaled;
  }
  return undefined;
}

/** Loads the faces the deck's text needs, so measuring sees the glyphs the room will see. */
export async function loadSlideFonts(doc: Document, slides: readonly PublicSlide[]): Promise<void> {
  const text = JSON.stringify(slides.map((s) => [s.title, s.body]));
  const sample = [...new Set(text)].join('');
  const families = ['Briefing Latin', 'Briefing CJK', 'Briefing CJK Punctuation', 'Briefing Arabic'];
  await Promise.all(
    families.flatMap((family) => ['400', '700'].map((weight) => doc.fonts.load(`${weight} 40px "${family}"`, sample).catch(() => []))),
  );
  await doc.fonts.ready;
}

export function fitSlides(doc: Document, slides: readonly PublicSlide[], layout: SlideLayout, target: SlideLanguage, size: number): FittedSlide[] {
  const measurer = createMeasurer(doc);
  try {
    const check = (slide: PublicSlide) => measurer.overflows(slide, layout, target);
    return slides.flatMap((slide, from) => {
      const limit = maxParts(slide);
      for (let parts = 1; parts <= limit; parts += 1) {
        const fitted = fitAll(splitSlide(slide, parts), size, check);
        if (fitted) return fitted.map((part) => ({ slide: part, from }));
      }
      // Nothing fits (a single word wider than the slide): the smallest size, every piece apart.
      return splitSlide(slide, limit).map((part) => ({ slide: { ...part, scale: size * FIT_STEPS[FIT_STEPS.length - 1]! }, from }));
    });
  } finally {
    measurer.dispose();
  }
}
