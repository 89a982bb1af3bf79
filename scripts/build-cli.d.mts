// Runs in Node: the types of scripts/build-cli.mjs, so TypeScript tests can import it.
export const PROJECT_DIR: string;
export const SHARED_BUILD_OPTIONS: Record<string, unknown>;
export const CLI_BUILD_OPTIONS: Record<string, unknown>;
export function buildCli(outDir?: string): Promise<{ path: string; bytes: number; inputs: number }>;
