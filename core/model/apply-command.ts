// Runs anywhere (core): validate and apply one command. Pure: the same document and
// command give the same result, so the main-process store, the browser host's in-page
// store and a journal replay all agree. A refused command changes nothing.
import { assertNever } from '../assert-never';
import { checked } from './command-helpers';
import { add, move, remove, update } from './collection-commands';
import { CommandRejection, type ApplyResult } from './command-result';
import type { Command } from './commands';
import { formatIssuePath } from './issue-path';
import { issueVersion } from './issue-version-command';
import { changeLanguages } from './language-commands';
import { carryIds, idsIn } from './lookups';
import { ChangeContextSchema, parseCommand } from './parse-command';
import { setSource, setTranslation } from './segment-commands';
import type { ChangeContext } from './segment';
import { changeTableColumns } from './table-column-commands';
import { setPack, setTravelTime } from './travel-and-pack-commands';
import { changePresentation } from './presentation-commands';
import type { Workspace } from './workspace';

export { ChangeContextSchema, parseCommand } from './parse-command';

/** Parses, then applies: the entry point for anything that arrives untyped. */
export function executeCommand(doc: Workspace, raw: unknown, context: ChangeContext): ApplyResult {
  const parsed = parseCommand(raw);
  return parsed.ok ? applyCommand(doc, parsed.command, context) : parsed;
}

export function applyCommand(doc: Workspace, command: Command, context: ChangeContext): ApplyResult {
  const ctx = ChangeContextSchema.safeParse(context);
  if (!ctx.success) throw new Error(`Invalid change context: ${formatIssuePath(ctx.error.issues[0]!.path)} ${ctx.error.issues[0]!.message}`);
  try {
    const next = applyOrThrow(doc, command, ctx.data);
    const result: Workspace = { ...next, revision: doc.revision + 1, meta: { ...next.meta, updatedAt: ctx.data.at } };
    carryIdsAcross(doc, result, command);
    return { ok: true, doc: result };
  } catch (error) {
    if (error instanceof CommandRejection) return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
    throw error;
  }
}

/** Keeps the id index of a large workspace warm across commands that do not remove ids. */
function carryIdsAcross(doc: Workspace, next: Workspace, command: Command): void {
  switch (command.type) {
    case 'add':
      return carryIds(doc, next, idsIn(command.value));
    case 'addTableColumn':
      return carryIds(doc, next, idsIn([command.header, command.cells]));
    case 'delete':
    case 'deleteTableColumn':
    case 'issueVersion':
      return; // ids were removed (or frozen copies added): the index is rebuilt when next needed
    case 'update':
    case 'move':
    case 'setSource':
    case 'setTranslation':
    case 'renameWorkspace':
    case 'addLanguage':
    case 'updateLanguage':
    case 'removeLanguage':
    case 'moveLanguage':
    case 'setTravelTime':
    case 'setPack':
    case 'setHost':
    case 'setSlideNote':
    case 'setSlideHidden':
    case 'setSlideOrder':
      return carryIds(doc, next, []);
    default:
      return assertNever(command, 'command');
  }
}

function applyOrThrow(doc: Workspace, command: Command, ctx: ChangeContext): Workspace {
  switch (command.type) {
    case 'add':
      return checked(add(doc, command, ctx));
    case 'update':
      return checked(update(doc, command));
    case 'delete':
      return checked(remove(doc, command));
    case 'move':
      return move(doc, command);
    case 'setSource':
      return setSource(doc, command, ctx);
    case 'setTranslation':
      return setTranslation(doc, command, ctx);
    case 'renameWorkspace':
      return { ...doc, meta: { ...doc.meta, title: command.title } };
    case 'addLanguage':
    case 'updateLanguage':
    case 'removeLanguage':
    case 'moveLanguage':
      return checked(changeLanguages(doc, command));
    case 'setTravelTime':
      return checked(setTravelTime(doc, command));
    case 'setPack':
      return checked(setPack(doc, command));
    case 'addTableColumn':
    case 'deleteTableColumn':
      return changeTableColumns(doc, command, ctx);
    case 'issueVersion':
      return issueVersion(doc, command, ctx);
    case 'setHost': {
      if (command.host === null) {
        const { host: _removed, ...rest } = doc;
        return rest;
      }
      return { ...doc, host: command.host };
    }
    case 'setSlideNote':
    case 'setSlideHidden':
    case 'setSlideOrder':
      return checked(changePresentation(doc, command));
    default:
      return assertNever(command, 'command');
  }
}
