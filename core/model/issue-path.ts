// Runs anywhere (core): a zod or integrity issue path written as a JSON path,
// `$.library.sections[0].blocks[3].text`, so a message points straight at the value.
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

export interface PathIssue {
  /** JSON path such as `$.visits[0].stops[2].end`. */
  path: string;
  message: string;
}

/** zod issues (or any with a path and message) as JSON-path issues. */
export function toPathIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: readonly PropertyKey[] = []): PathIssue[] {
  return issues.map((issue) => ({ path: formatIssuePath([...prefix, ...issue.path]), message: issue.message }));
}
