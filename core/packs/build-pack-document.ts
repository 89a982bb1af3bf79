// Runs anywhere (core): a briefing pack as a document of the typesetting engine: the
// request is checked against the workspace, the template composes the blocks in the
// chosen languages and layout, and every translation used is checked: a missing or
// unreviewed one stops the build with the list of them, unless the request fills them
// with Chinese, in which case each filled place is marked in the document and reported.
import type { Workspace } from '../model/workspace';
import { composePack } from './compose-pack';
import type { BuildPackOptions, PackBuild } from './pack-build';
import type { PackRequest } from './pack-request';

export { PackRequestError, type BuildPackOptions, type PackBuild, type PackMissing, type PackReport } from './pack-build';
export { packRequestProblems } from './pack-request-problems';

/**
 * Throws PackRequestError when the request does not fit the workspace (see
 * `packRequestProblems` to ask first); otherwise returns the document or the missing list.
 */
export function buildPackDocument(workspace: Workspace, request: PackRequest, options: BuildPackOptions = {}): PackBuild {
  return composePack(workspace, request, options);
}
