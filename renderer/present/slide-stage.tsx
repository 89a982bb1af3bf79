// Runs in the renderer: a slide scaled to fit its box whatever the window's size, letterboxed
// like a projector: the slide keeps its 16:9 design, so its text is never re-flowed (and
// never clipped) by a window of another shape.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-view';

export function SlideStage({ children, className = '', label }: { children: ReactNode; className?: string; label?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  const inner = useRef<HTMLDivElement>(null);
  // Set through the CSSOM: the desktop CSP allows no inline style attribute.
  useLayoutEffect(() => {
    inner.current?.style.setProperty('transform', `translate(-50%, -50%) scale(${scale})`);
  }, [scale]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScale(Math.min(element.clientWidth / SLIDE_WIDTH, element.clientHeight / SLIDE_HEIGHT));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    // The stage is geometry only (the slide inside sets its own direction): left to right, so the centring translate holds.
    <div ref={box} dir="ltr" className={`slide-stage ${className}`} {...(label ? { role: 'region', 'aria-label': label } : {})}>
      <div className="slide-stage-inner" ref={inner}>
        {children}
      </div>
    </div>
  );
}
