// Runs in Node: the types of electron/cli/cli-bundle.mjs, so TypeScript tests can import it.
export const CLI_BUNDLE: string;
export const CLI_INPUTS: string;
export function cliBundleStaleness(bundleDir: string, projectDir: string): string | undefined;
