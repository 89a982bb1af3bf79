// Runs in the renderer: positions an element through the CSS object model. The Content
// Security Policy forbids style attributes in markup, and a timeline needs each stop placed
// by its minutes, so the values are set on the element after it is rendered.
import { useLayoutEffect, useRef } from 'react';

export function usePlacement<T extends HTMLElement>(properties: Record<string, string>) {
  const ref = useRef<T>(null);
  const key = JSON.stringify(properties);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    for (const [name, value] of Object.entries(JSON.parse(key) as Record<string, string>)) element.style.setProperty(name, value);
  }, [key]);
  return ref;
}
