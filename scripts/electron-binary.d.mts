// Runs in Node: the types of scripts/electron-binary.mjs, so TypeScript tests can import it.
export type ElectronBinary = { found: true; path: string } | { found: false; path?: string; reason: string };

export function platformExecutable(platform?: NodeJS.Platform | 'mas'): string;

export function locateElectronBinary(options: {
  projectDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): ElectronBinary;
