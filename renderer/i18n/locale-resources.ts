// Runs in the renderer: every UI string file, bundled at build time from locales/<lng>/<ns>.json.
import type { Resource } from 'i18next';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

function collect(): Resource {
  const resources: Resource = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] = { ...resources[language], [namespace]: strings };
  }
  return resources;
}

export const localeResources: Resource = collect();

export const localeNamespaces: string[] = [
  ...new Set(Object.values(localeResources).flatMap((namespaces) => Object.keys(namespaces))),
].sort();
