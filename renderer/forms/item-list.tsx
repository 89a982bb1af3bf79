// Runs in the renderer: the list half of a list-and-detail view (terms, venues,
// delegations, visits): one button per item with a primary line in its own script, a
// secondary line, and small tags; the selected one is marked for assistive technology too.
// A long list is windowed (forms/windowed-rows.tsx); ↑ / ↓ / Home / End move between items.
import { useEffect, useRef, type ReactNode } from 'react';
import { focusRowByKeys, useWindowedRows, WindowedRows } from './windowed-rows';

export interface ListItem {
  key: string;
  primary: ReactNode;
  secondary?: ReactNode;
  tags?: ReactNode;
}

/** An item's height before it is measured: a primary and a secondary line. */
const ESTIMATED_ROW_PX = 52;

export function ItemList({ label, items, selected, onSelect, empty }: { label: string; items: readonly ListItem[]; selected: string | null; onSelect(key: string): void; empty?: ReactNode }) {
  const nav = useRef<HTMLElement>(null);
  const { windowed, virtualizer } = useWindowedRows(items.length, (index) => items[index]!.key, nav, ESTIMATED_ROW_PX);
  const position = items.findIndex((item) => item.key === selected);
  useEffect(() => {
    if (windowed && position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
  }, [windowed, position, virtualizer]);
  const button = (item: ListItem) => (
    <button type="button" className="item-list-button" data-key={item.key} aria-current={item.key === selected ? 'true' : undefined} onClick={() => onSelect(item.key)}>
      <span className="item-list-primary">{item.primary}</span>
      {item.secondary && <span className="item-list-secondary">{item.secondary}</span>}
      {item.tags && <span className="item-list-tags">{item.tags}</span>}
    </button>
  );
  const keys = () => items.map((item) => item.key);
  return (
    <nav
      className={windowed ? 'item-list item-list-windowed' : 'item-list'}
      aria-label={label}
      ref={nav}
      onKeyDown={(event) => focusRowByKeys(event, keys(), nav.current, windowed ? virtualizer : null)}
    >
      {items.length === 0 ? (
        <p className="quiet-note">{empty}</p>
      ) : windowed ? (
        <WindowedRows virtualizer={virtualizer} count={items.length} className="item-list-rows" render={(index) => button(items[index]!)} />
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{button(item)}</li>
          ))}
        </ul>
      )}
    </nav>
  );
}
