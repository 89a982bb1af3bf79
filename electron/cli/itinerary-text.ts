// Runs in Node: the English texts of itinerary findings and changes for the command line,
// from the same locale file as the app's (locales/en/itinerary.json), bundled with the CLI.
import en from '../../locales/en/itinerary.json' with { type: 'json' };
import { CHANGE_KINDS, type ItineraryChange } from '../../core/itinerary/itinerary-changes';
import { changeParams } from '../../core/itinerary/change-params';
import { fillMessage, findingParams, messageKeyOf } from '../../core/itinerary/finding-params';
import type { Finding } from '../../core/itinerary/findings';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';

function template(key: string): string {
  const [, path] = key.split(':') as [string, string];
  let node: unknown = en;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)?.[part];
  return typeof node === 'string' ? node : key;
}

export const findingText = (finding: Finding, doc: Workspace) => fillMessage(template(messageKeyOf(finding)), findingParams(finding, doc, 'en'));

export const changeText = (change: ItineraryChange, doc: Workspace, visit: Visit) => fillMessage(template(CHANGE_KINDS[change.kind].messageKey), changeParams(change, doc, visit, 'en'));
