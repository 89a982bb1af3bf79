// Runs in Node: the types of scripts/ensure-test-tools.mjs, so TypeScript tests can import it.
export interface TestTool {
  command: string;
  package: string;
  usedFor: string;
}
export const TEST_TOOLS: readonly TestTool[];
export function whichOnPath(command: string, env?: NodeJS.ProcessEnv): boolean;
export type TestToolPlan =
  | { action: 'none'; missing: TestTool[] }
  | { action: 'install'; missing: TestTool[]; packages: string[]; argv: string[] }
  | { action: 'stop'; missing: TestTool[]; packages: string[]; message: string };
export function planTestTools(options: { which: (command: string) => boolean; isRoot: boolean; sudo: boolean; tools?: readonly TestTool[] }): TestToolPlan;
