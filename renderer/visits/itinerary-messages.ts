// Runs in the renderer: findings and changes as sentences in the UI language: core fills in
// the names, the locale's itinerary namespace has the sentence under the registry's key.
import type { TFunction } from 'i18next';
import { changeParams } from '../../core/itinerary/change-params';
import { findingParams, messageKeyOf } from '../../core/itinerary/finding-params';
import type { Finding } from '../../core/itinerary/findings';
import { CHANGE_KINDS, type ItineraryChange } from '../../core/itinerary/itinerary-changes';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';

export function findingMessage(t: TFunction, finding: Finding, doc: Workspace, uiLanguage: string): string {
  return t(messageKeyOf(finding), { ...findingParams(finding, doc, uiLanguage), interpolation: { escapeValue: false } });
}

export function changeMessage(t: TFunction, change: ItineraryChange, doc: Workspace, visit: Visit, uiLanguage: string): string {
  return t(CHANGE_KINDS[change.kind].messageKey, { ...changeParams(change, doc, visit, uiLanguage), interpolation: { escapeValue: false } });
}
