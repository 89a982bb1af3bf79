// Runs anywhere (core): a validation issue's path written as a JSON path, so a message
// points straight at the value: `$.library.sections[0].blocks[3].text` for a workspace,
// `blocks[3].rows[2]` for a typeset document. Every error message with a path uses this.
export interface IssuePathStyle {
  /** What the path starts from: `$` (the default) or '' for a path relative to the input. */
  root?: string;
  /** Written for an empty path (the whole input); the root by default. */
  whole?: string;
}

export function formatIssuePath(path: readonly PropertyKey[], style: IssuePathStyle = {}): string {
  const root = style.root ?? '$';
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return path.length === 0 ? (style.whole ?? root) : out;
}
