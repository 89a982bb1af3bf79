// Runs anywhere (core): the workspace model in one import, for the store, the browser
// host, the renderer and the CLI.
export * from './apply-command';
export * from './blocks';
export * from './command-result';
export * from './commands';
export * from './delegations';
export * from './glossary';
export * from './ids';
export * from './freeze-stops';
export * from './integrity';
export * from './issued-versions';
export * from './issue-path';
export * from './key-figure-format';
export * from './language';
export * from './library';
export * from './localized-text';
export * from './lookups';
export * from './note';
export * from './schema-version';
export * from './segment';
export * from './stop-times';
export * from './time-zone';
export * from './venues';
export * from './visits';
export * from './walk-segments';
export * from './workspace';
export * from './workspace-content';
