// Runs anywhere (core): zod and integrity issues as JSON-path issues,
// `$.library.sections[0].blocks[3].text`, so a message points straight at the value.
import { formatIssuePath } from '../issue-path';

export { formatIssuePath };

export interface PathIssue {
  /** JSON path such as `$.visits[0].stops[2].end`. */
  path: string;
  message: string;
}

/** zod issues (or any with a path and message) as JSON-path issues. */
export function toPathIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: readonly PropertyKey[] = []): PathIssue[] {
  return issues.map((issue) => ({ path: formatIssuePath([...prefix, ...issue.path]), message: issue.message }));
}
