// Runs anywhere (core): the commands on a segment's texts: a new source (which makes its
// translations drafts again) and a translation with its status.
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { segmentPath } from './command-helpers';
import { updateIn } from './immutable';
import type { ChangeContext, Segment, Translation } from './segment';
import type { Workspace } from './workspace';

export function setSource(doc: Workspace, command: CommandOf<'setSource'>, ctx: ChangeContext): Workspace {
  const { segment, path } = segmentPath(doc, command.segmentId);
  const changed = segment.source.text !== command.text;
  const demote = changed && !command.keepStatuses;
  const translations = demote
    ? Object.fromEntries(
        Object.entries(segment.translations).map(([code, t]): [string, Translation] => [code, t.status === 'translated' || t.status === 'reviewed' ? { ...t, status: 'draft' } : t]),
      )
    : segment.translations;
  return updateIn(doc, path, (): Segment => ({ ...segment, source: { text: command.text, changedBy: ctx.by, changedAt: ctx.at }, translations }));
}

export function setTranslation(doc: Workspace, command: CommandOf<'setTranslation'>, ctx: ChangeContext): Workspace {
  if (!doc.languages.targets.some((l) => l.code === command.language)) {
    reject('conflict', `"${command.language}" is not a target language of this workspace`, [{ path: '$.language', message: 'not a target language' }]);
  }
  const empty = command.text.trim() === '';
  const status = command.status ?? (empty ? 'missing' : 'draft');
  if (empty !== (status === 'missing')) {
    reject('invalid-command', empty ? `An empty translation can only have the status "missing", not "${status}"` : 'A translation with text cannot have the status "missing"', [{ path: '$.status', message: 'does not match the text' }]);
  }
  const { segment, path } = segmentPath(doc, command.segmentId);
  const translation: Translation = { text: empty ? '' : command.text, status, changedBy: ctx.by, changedAt: ctx.at };
  return updateIn(doc, path, (): Segment => ({ ...segment, translations: { ...segment.translations, [command.language]: translation } }));
}
