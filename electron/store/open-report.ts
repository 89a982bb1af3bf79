// Runs in Node (main process and CLI): what happened when a workspace was opened, for the
// user to see: recovered from a backup, migrated, files set aside, journal replayed.
export interface SetAsideFile {
  original: string;
  movedTo: string;
  reason: string;
}

export interface OpenReport {
  path: string;
  outcome: 'opened' | 'created' | 'recovered';
  /** The schema version the file had, when it was migrated to the current one. */
  migratedFrom: number | null;
  /** Where the untouched pre-migration copy was kept. */
  preMigrationCopy?: string;
  recoveredFrom?: { backup: string; revision: number; takenAt: string };
  /** Files renamed out of the way. Nothing is ever deleted. */
  setAside: SetAsideFile[];
  journal: {
    /** Changes found in the journal and applied on top of the file. */
    replayed: number;
    /** A change cut off by a crash before it was acknowledged, left out. */
    droppedUnfinishedEntry: boolean;
    /** Why (some of) the journal could not be used; the journal was then set aside. */
    problem?: string;
  };
  /** Sentences for the user, one per thing that happened. Empty when all was normal. */
  notices: string[];
}
