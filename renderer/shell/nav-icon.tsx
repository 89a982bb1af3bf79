// Runs in the renderer: the sidebar's line icons, drawn inline so they take the text colour
// and need no extra requests. Decorative: the label next to each icon carries the meaning.
import type { ReactNode } from 'react';
import type { AreaId } from '../app/areas';

export type IconName = AreaId | 'settings';

const PATHS: Record<IconName, ReactNode> = {
  library: (
    <>
      <path d="M3.5 5.5h5.5a3 3 0 0 1 3 3v11a2.2 2.2 0 0 0-2.2-2.2H3.5z" />
      <path d="M20.5 5.5H15a3 3 0 0 0-3 3v11a2.2 2.2 0 0 1 2.2-2.2h6.3z" />
    </>
  ),
  glossary: (
    <>
      <path d="M3.5 6h9M8 4v2M10.5 6c-.6 3.6-3 6.4-6.5 7.6M6 9c1.2 2 3.2 3.6 5.5 4.3" />
      <path d="M12.5 20.5 16.5 11l4 9.5M14 17h5" />
    </>
  ),
  delegations: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 19.5c.4-3.4 2.9-5.6 6-5.6s5.6 2.2 6 5.6" />
      <path d="M15.5 5.2a3 3 0 0 1 0 5.6M17.5 14.3c2 .7 3.2 2.6 3.5 5.2" />
    </>
  ),
  visits: (
    <>
      <circle cx="6" cy="18.5" r="2" />
      <circle cx="18" cy="5.5" r="2" />
      <path d="M8 18.5h8.5a3.25 3.25 0 0 0 0-6.5h-9a3.25 3.25 0 0 1 0-6.5H16" />
    </>
  ),
  venues: (
    <>
      <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
  packs: (
    <>
      <path d="M6 3.5h8l4 4v13H6z" />
      <path d="M14 3.5v4h4M9 12h6M9 15.5h6M9 19h3.5" />
    </>
  ),
  present: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.2" />
      <path d="M12 16v3.5M8 20.5h8M7 8.5h6M7 11.5h10" />
    </>
  ),
  settings: (
    <>
      <path d="M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1" />
      <circle cx="15" cy="6.5" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="17.5" r="2" />
    </>
  ),
};

export function NavIcon({ name, className = 'nav-icon' }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
