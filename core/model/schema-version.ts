// Runs anywhere (core): which workspace format this build reads and writes.
/** The `format` marker every workspace file carries, so a stray JSON file is not mistaken for one. */
export const WORKSPACE_FORMAT = 'briefing-desk-workspace';

/**
 * The schema version this build writes. Files with an older version are migrated on
 * open (core/workspace/migrations.ts); a newer one is refused, never guessed at.
 * Version 1 was the prototype format (plain strings for translations, no statuses).
 * Version 2 had one interpreter per stop, no time zone and no issued versions.
 */
export const CURRENT_SCHEMA_VERSION = 3;
