// Runs anywhere (core): the commands on target languages: add, rename or change
// direction, reorder, and remove (which discards translations only when told to).
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { insertAt, moveWithin, removeAt } from './immutable';
import { forEachSegmentIn, mapSegments } from './lookups';
import type { Segment } from './segment';
import type { Workspace } from './workspace';

export function changeLanguages(doc: Workspace, command: CommandOf<'addLanguage' | 'updateLanguage' | 'removeLanguage' | 'moveLanguage'>): Workspace {
  const targets = doc.languages.targets;
  const code = command.type === 'addLanguage' ? command.language.code : command.code;
  const index = targets.findIndex((l) => l.code === code);
  if (command.type === 'addLanguage') {
    if (code === doc.languages.source.code || index >= 0) reject('conflict', `The workspace already has the language "${code}"`, [{ path: '$.language.code', message: 'already present' }]);
    const at = command.index ?? targets.length;
    if (at > targets.length) reject('invalid-command', `Index ${at} is past the end of the language list`, [{ path: '$.index', message: 'out of range' }]);
    return { ...doc, languages: { ...doc.languages, targets: insertAt(targets, at, command.language) } };
  }
  if (index < 0) reject('not-found', `"${code}" is not a target language of this workspace`, [{ path: '$.code', message: 'not found' }]);
  if (command.type === 'updateLanguage') {
    if (command.name === undefined && command.direction === undefined) reject('invalid-command', 'The update changes nothing', [{ path: '$', message: 'give a name or a direction' }]);
    const language = { ...targets[index]!, ...(command.name !== undefined ? { name: command.name } : {}), ...(command.direction !== undefined ? { direction: command.direction } : {}) };
    return { ...doc, languages: { ...doc.languages, targets: targets.map((l, i) => (i === index ? language : l)) } };
  }
  if (command.type === 'moveLanguage') {
    if (command.toIndex >= targets.length) reject('invalid-command', `Index ${command.toIndex} is past the end of the language list`, [{ path: '$.toIndex', message: 'out of range' }]);
    return { ...doc, languages: { ...doc.languages, targets: moveWithin(targets, index, command.toIndex) } };
  }
  const users = doc.delegations.filter((d) => d.primaryLanguages.includes(code) || d.secondaryLanguages.includes(code)).map((d) => `delegation "${d.id}"`);
  if (users.length) reject('conflict', `"${code}" is still a language of ${users.join(', ')}`);
  let translated = 0;
  forEachSegmentIn([doc.library, doc.delegations, doc.visits], (segment) => {
    if (segment.translations[code] && segment.translations[code].status !== 'missing') translated++;
  });
  if (translated > 0 && !command.discardTranslations) {
    reject('conflict', `${translated} segments have a translation into "${code}"; removing the language discards them (set discardTranslations to confirm)`, [{ path: '$.discardTranslations', message: 'confirmation needed' }]);
  }
  const withoutLanguage = (segment: Segment): Segment => {
    if (!(code in segment.translations)) return segment;
    const { [code]: _dropped, ...rest } = segment.translations;
    return { ...segment, translations: rest };
  };
  return {
    ...doc,
    languages: { ...doc.languages, targets: removeAt(targets, index) },
    library: mapSegments(doc.library, withoutLanguage),
    delegations: mapSegments(doc.delegations, withoutLanguage),
    visits: mapSegments(doc.visits, withoutLanguage),
  };
}
