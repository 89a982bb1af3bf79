// Runs in the renderer: the page's entry point.
import './hosts/zod-without-eval'; // before any module builds a zod schema: the desktop CSP forbids eval
import 'virtual:font-faces.css'; // the UI's @font-face rules, from the font table (scripts/vite-font-table.ts)
import './styles/base.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/forms.css';
import './styles/library.css';
import './styles/records.css';
import './styles/workspace.css';
import { startApp } from './start-app';
import { isAudienceRoute, startAudience } from './present/start-audience';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The projector's audience window starts without the host or the workspace (see start-audience.tsx).
if (isAudienceRoute(window.location.hash)) startAudience(window, container);
else startApp(window, container).catch((error: unknown) => {
  // Start-up failed before React could render (the host chunk did not load): say so, not a blank window.
  container.textContent = error instanceof Error ? error.message : String(error);
  container.className = 'startup-failure';
});
