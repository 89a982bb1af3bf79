import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspaceJsonSchemaText } from '../../../core/workspace/workspace-json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('docs/workspace.schema.json', () => {
  it('is what the zod schemas generate today (run `npm run build:schema` after changing them)', () => {
    expect(readFileSync(join(root, 'docs', 'workspace.schema.json'), 'utf8')).toBe(workspaceJsonSchemaText());
  });

  it('describes every part of the workspace, with named definitions', () => {
    const schema = JSON.parse(workspaceJsonSchemaText());
    expect(Object.keys(schema.properties)).toEqual(['format', 'schemaVersion', 'revision', 'meta', 'languages', 'library', 'glossary', 'venues', 'travelTimes', 'delegations', 'visits', 'host']);
    for (const name of ['Segment', 'Translation', 'Block', 'KeyFigure', 'GlossaryTerm', 'Venue', 'Delegation', 'Member', 'Interpreter', 'Visit', 'Stop', 'Note', 'Host', 'IssuedVersion', 'IssuedStop', 'StopInterpreter', 'OpeningPeriod', 'TimeZone']) expect(schema.$defs).toHaveProperty(name);
    expect(schema.$defs.Translation.properties.status.enum).toEqual(['missing', 'draft', 'translated', 'reviewed']);
  });
});
