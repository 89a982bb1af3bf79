// Runs in Node: serves the built renderer at an https origin with the desktop app's security
// headers (its Content Security Policy), for every page of a browser context (pop-ups too),
// and collects every refusal the pages report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { mimeTypeFor } from '../../../electron/protocol/mime-types';
import { securityHeaders } from '../../../electron/security/content-security-policy';

export const CSP_ORIGIN = 'https://briefing.test';

/** Returns the list the refusals are collected in. */
export async function serveUnderDesktopCsp(context: BrowserContext): Promise<string[]> {
  const distRoot = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));
  await context.route(`${CSP_ORIGIN}/**`, async (route) => {
    const file = join(distRoot, new URL(route.request().url()).pathname.slice(1) || 'index.html');
    try {
      await route.fulfill({ status: 200, headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(file) }, body: await readFile(file) });
    } catch {
      await route.fulfill({ status: 404, headers: securityHeaders(), body: 'not found' });
    }
  });
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return violations;
}
