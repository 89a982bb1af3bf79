// Runs in the renderer: one section of the settings view: its title (which names the
// section for assistive technology), a line of help, then its controls.
import type { ReactNode } from 'react';

export function SettingsSection({ id, title, help, section, children }: { id: string; title: string; help: string; section: string; children: ReactNode }) {
  return (
    <section className="settings-section" aria-labelledby={id} data-section={section}>
      <h2 className="settings-section-title" id={id}>
        {title}
      </h2>
      <p className="settings-section-help">{help}</p>
      {children}
    </section>
  );
}
