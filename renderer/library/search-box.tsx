// Runs in the renderer: the Library's search field. What is typed stays in this small
// component, so a keystroke repaints the field alone; the query reaches the Library (and
// its search over the whole library) once typing pauses, or at once when the field is
// cleared. A query set from outside (a filter reset) replaces what the field shows.
import { useEffect, useRef, useState } from 'react';

/** Typing pauses this long before a query is run. */
export const SEARCH_DEBOUNCE_MS = 120;

export function SearchBox({ query, onQuery, placeholder }: { query: string; onQuery(query: string): void; placeholder: string }) {
  const [text, setText] = useState(query);
  const sent = useRef(query);
  useEffect(() => {
    if (query !== sent.current) {
      sent.current = query;
      setText(query);
    }
  }, [query]);
  useEffect(() => {
    if (text === sent.current) return;
    const send = () => {
      sent.current = text;
      onQuery(text);
    };
    if (text.trim() === '') return send();
    const timer = window.setTimeout(send, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, onQuery]);
  return <input type="search" value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} data-filter="query" dir="auto" />;
}
