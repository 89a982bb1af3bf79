// Runs anywhere (core): the workspace schema as JSON Schema (draft 2020-12), generated
// from the zod schemas so the published docs/workspace.schema.json cannot drift from
// what the app accepts. Rules zod checks in code (ids unique, references resolve, a
// stop inside its visit) are described in docs/workspace-format.md instead.
import { z } from 'zod';
import { WorkspaceSchema } from '../model/workspace';

export function workspaceJsonSchemaText(): string {
  const schema = z.toJSONSchema(WorkspaceSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
