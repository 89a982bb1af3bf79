// Runs anywhere (core): the host organisation as a pack prints it: its name and where it
// is, in a language, from the workspace's settings (`workspace.host`): the language's own
// form, else its primary language's, else English, else Chinese. A workspace without a
// host prints none.
import type { Workspace } from '../model/workspace';

export interface HostLabels {
  /** The host organisation: the PDF's author, the cover's band, the running header. */
  host: string;
  /** Where the host is, beside its name on the cover and in the contacts. */
  hostPlace: string;
}

function pick(text: Readonly<Record<string, string>> | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text[language.split('-')[0]!] ?? text['en'] ?? text['zh'] ?? '';
}

export function hostLabels(workspace: Pick<Workspace, 'host'>, language: string): HostLabels {
  return { host: pick(workspace.host?.names, language), hostPlace: pick(workspace.host?.address, language) };
}

/** The logo for the handout's cover, when the workspace has one (a path relative to its folder). */
export function hostLogo(workspace: Pick<Workspace, 'host'>): string | undefined {
  return workspace.host?.logo;
}
