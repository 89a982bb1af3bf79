// Runs in the renderer: the itinerary editor's command runner with undo of the last change:
// before each command it works out the command that reverses it (core's inverseCommand),
// and "undo" sends that one. Issuing a version clears it: an issued copy is never undone.
import { useCallback, useState } from 'react';
import { inverseCommand } from '../../core/itinerary/itinerary-edits';
import type { Command } from '../../core/model/commands';
import type { Workspace } from '../../core/model/workspace';
import { useCommand } from '../workspace/workspace-context';

export function useItineraryCommands(doc: Workspace) {
  const runner = useCommand();
  const [undo, setUndo] = useState<Command | null>(null);
  const run = useCallback(
    async (command: Command) => {
      const inverse = inverseCommand(doc, command);
      const ok = await runner.run(command);
      if (ok) setUndo(inverse);
      return ok;
    },
    [doc, runner],
  );
  const undoLast = useCallback(async () => {
    if (!undo) return false;
    const ok = await runner.run(undo);
    if (ok) setUndo(null);
    return ok;
  }, [undo, runner]);
  return { run, undoLast, canUndo: undo !== null, error: runner.error, clearError: runner.clearError };
}

export type ItineraryCommands = ReturnType<typeof useItineraryCommands>;
