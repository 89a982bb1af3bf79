// Runs in Node: writes docs/workspace.schema.json from the zod schemas
// (`npm run build:schema`); a unit test fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceJsonSchemaText } from '../core/workspace/workspace-json-schema';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'workspace.schema.json');
writeFileSync(target, workspaceJsonSchemaText());
console.log(`wrote ${target}`);
