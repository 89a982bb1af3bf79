// Runs in the renderer: long lists (the library outline, glossary terms, venues,
// delegations, visits) are windowed: past a few hundred rows only those in view, and a few
// either side, are in the page, in a list as tall as all of them, each row saying its place
// in the whole (aria-setsize / aria-posinset), so the DOM stays small at any size and screen
// readers still hear "12 of 20,000". Rows are measured as they render (heights vary with
// the text). Shorter lists are rendered whole by their owners, unchanged.
// ↑ / ↓ / Home / End move the focus between rows in both modes.
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';

/** Lists longer than this are windowed. */
export const WINDOW_FROM = 200;

export function useWindowedRows(count: number, keyOf: (index: number) => string, scroller: RefObject<HTMLElement | null>, estimatePx: number) {
  const windowed = count > WINDOW_FROM;
  const virtualizer = useVirtualizer({
    count,
    enabled: windowed,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatePx,
    getItemKey: keyOf,
    overscan: 6,
  });
  return { windowed, virtualizer };
}

export function WindowedRows({
  virtualizer,
  count,
  className,
  rowClassName,
  render,
}: {
  virtualizer: Virtualizer<HTMLElement, Element>;
  count: number;
  className: string;
  rowClassName?: (index: number) => string | undefined;
  render(index: number): ReactNode;
}) {
  // Sizes and offsets are set through the CSSOM (the CSP forbids style attributes in markup,
  // not styles set from script); the callbacks are new each render, so they run each render.
  const total = virtualizer.getTotalSize();
  return (
    <ul className={`${className} windowed-rows`} ref={(node) => void node?.style.setProperty('block-size', `${total}px`)}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={(node) => {
            if (!node) return;
            node.style.setProperty('transform', `translateY(${row.start}px)`);
            virtualizer.measureElement(node);
          }}
          className={['windowed-row', rowClassName?.(row.index)].filter(Boolean).join(' ')}
          aria-setsize={count}
          aria-posinset={row.index + 1}
        >
          {render(row.index)}
        </li>
      ))}
    </ul>
  );
}

/**
 * ↑ / ↓ / Home / End on a row's button (`[data-key]`) focus the neighbouring, first or last
 * row; a windowed list scrolls it into the page first.
 */
export function focusRowByKeys(event: KeyboardEvent<HTMLElement>, keys: readonly string[], container: HTMLElement | null, windowed: Virtualizer<HTMLElement, Element> | null): void {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
  if (!target || !container || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const index = keys.indexOf(target.dataset.key ?? '');
  const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? keys.length - 1 : null;
  if (next === null || index < 0 || next < 0 || next >= keys.length) return;
  event.preventDefault();
  const focus = () => container.querySelector<HTMLElement>(`[data-key="${keys[next]}"]`)?.focus();
  if (windowed) {
    windowed.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => requestAnimationFrame(focus));
  }
  focus();
}
