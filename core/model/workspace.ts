// Runs anywhere (core): the workspace, everything staff prepare, as one validated document.
import { z } from 'zod';
import { integrityIssues } from './integrity';
import { BUILT_IN_TARGET_LANGUAGES, SOURCE_LANGUAGE } from './language';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT } from './schema-version';
import { WorkspaceContentSchema, type WorkspaceContent } from './workspace-content';

export const WorkspaceSchema = WorkspaceContentSchema.superRefine((doc, ctx) => {
  for (const issue of integrityIssues(doc)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}).meta({
  title: 'Briefing Desk workspace',
  description: 'Everything staff prepare for foreign delegations: content library, glossary, venues, delegations and visits.',
});
export type Workspace = WorkspaceContent;

/** An empty workspace with the built-in languages, ready for a first command. */
export function createEmptyWorkspace(options: { title: string; at: string }): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: 0,
    meta: { title: options.title, createdAt: options.at, updatedAt: options.at },
    languages: { source: { ...SOURCE_LANGUAGE }, targets: BUILT_IN_TARGET_LANGUAGES.map((l) => ({ ...l })) },
    library: { sections: [] },
    glossary: { terms: [] },
    venues: [],
    travelTimes: [],
    delegations: [],
    visits: [],
  };
}
