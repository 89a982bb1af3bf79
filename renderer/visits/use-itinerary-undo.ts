// Runs in the renderer: the itinerary editor's command runner with undo of the last change:
// before each command it works out the command that reverses it (core's inverseCommand),
// and "undo" sends that one. Issuing a version clears it: an issued copy is never undone.
import { useCallback, useMemo, useState } from 'react';
import { inverseCommand } from '../../core/itinerary/itinerary-edits';
import type { Command } from '../../core/model/commands';
import type { Workspace } from '../../core/model/workspace';
import { createSerialQueue } from '../../core/serial-queue';
import { useCommand, useWorkspaceClient } from '../workspace/workspace-context';

/** A command, or how to make it from the workspace as it is when its turn comes. */
export type ItineraryEdit = Command | ((doc: Workspace) => Command | null);

export function useItineraryCommands(doc: Workspace) {
  const runner = useCommand();
  const client = useWorkspaceClient();
  const [undo, setUndo] = useState<Command | null>(null);
  // Edits go one after another, each made from the document the previous one left: two
  // quick ArrowUp presses move a stop twice, not twice from the same place.
  const queue = useMemo(() => createSerialQueue(), []);
  const run = useCallback(
    (edit: ItineraryEdit) =>
      queue.run(async () => {
        const current = client.getState().doc ?? doc;
        const command = typeof edit === 'function' ? edit(current) : edit;
        if (!command) return false;
        const inverse = inverseCommand(current, command);
        const ok = await runner.run(command);
        if (ok) setUndo(inverse);
        return ok;
      }),
    [queue, client, doc, runner],
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
