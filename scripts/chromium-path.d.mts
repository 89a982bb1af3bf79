// Runs in Node: the types of scripts/chromium-path.mjs, so TypeScript can import it.
export const CHROMIUM_PATH: string;
