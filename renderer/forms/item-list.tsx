// Runs in the renderer: the list half of a list-and-detail view (terms, venues,
// delegations, visits): one button per item with a primary line in its own script, a
// secondary line, and small tags; the selected one is marked for assistive technology too.
import type { ReactNode } from 'react';

export interface ListItem {
  key: string;
  primary: ReactNode;
  secondary?: ReactNode;
  tags?: ReactNode;
}

export function ItemList({ label, items, selected, onSelect, empty }: { label: string; items: readonly ListItem[]; selected: string | null; onSelect(key: string): void; empty?: ReactNode }) {
  return (
    <nav className="item-list" aria-label={label}>
      {items.length === 0 ? (
        <p className="quiet-note">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" className="item-list-button" data-key={item.key} aria-current={item.key === selected ? 'true' : undefined} onClick={() => onSelect(item.key)}>
                <span className="item-list-primary">{item.primary}</span>
                {item.secondary && <span className="item-list-secondary">{item.secondary}</span>}
                {item.tags && <span className="item-list-tags">{item.tags}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
