// Runs anywhere (core): the commands that arrange a visit's slides: a speaker note, hide or
// show a slide, the order. A visit without a presentation gets one on its first change.
import { assertNever } from '../assert-never';
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { updateIn } from './immutable';
import { EMPTY_PRESENTATION, type Presentation } from './presentation';
import type { Workspace } from './workspace';

type PresentationCommand = CommandOf<'setSlideNote' | 'setSlideHidden' | 'setSlideOrder'>;

function changed(presentation: Presentation, command: PresentationCommand): Presentation {
  switch (command.type) {
    case 'setSlideNote': {
      const notes = { ...presentation.notes };
      if (command.text.trim() === '') delete notes[command.slide];
      else notes[command.slide] = command.text;
      return { ...presentation, notes };
    }
    case 'setSlideHidden': {
      const others = presentation.hidden.filter((key) => key !== command.slide);
      return { ...presentation, hidden: command.hidden ? [...others, command.slide] : others };
    }
    case 'setSlideOrder': {
      const seen = new Set<string>();
      command.order.forEach((key, i) => {
        if (seen.has(key)) reject('invalid-command', `Slide "${key}" is listed twice`, [{ path: `$.order[${i}]`, message: 'listed twice' }]);
        seen.add(key);
      });
      return { ...presentation, order: command.order };
    }
    default:
      return assertNever(command);
  }
}

export function changePresentation(doc: Workspace, command: PresentationCommand): Workspace {
  const index = doc.visits.findIndex((v) => v.id === command.visitId);
  if (index < 0) reject('not-found', `No visit has the id "${command.visitId}"`, [{ path: '$.visitId', message: 'not found' }]);
  return updateIn(doc, ['visits', index], (visit) => ({ ...visit, presentation: changed(visit.presentation ?? EMPTY_PRESENTATION, command) }));
}
