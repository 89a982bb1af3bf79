// Runs in the renderer: the title block at the top of every view.
import type { ReactNode } from 'react';

export function PageHeader({ title, lead, badge }: { title: string; lead: string; badge?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header-titles">
        <h1 className="page-title" id="page-title">
          {title}
        </h1>
        {badge}
      </div>
      <p className="page-lead">{lead}</p>
    </header>
  );
}
