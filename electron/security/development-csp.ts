// Runs in the main process: pages from the Vite dev server do not pass through the app
// protocol, so in development the policy is added to their responses here instead.
import type { Session } from 'electron';
import { developmentContentSecurityPolicy } from './content-security-policy';

export function applyDevelopmentCsp(session: Session, devServerOrigin: string): void {
  const policy = developmentContentSecurityPolicy(devServerOrigin);
  session.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
