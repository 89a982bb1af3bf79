// Runs in Node (tests): the host organisation, an optional setting of the workspace: set
// with its names, address and logo; a logo path outside the workspace's folder or an empty
// set of names is refused and nothing changes; null removes it; a workspace without one
// is valid.
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../../core/model/apply-command';
import { WorkspaceSchema, type Workspace } from '../../../core/model/workspace';
import { ctx, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const base = fixtureWorkspace();
const host = { names: { zh: '北京市海淀区人大常委会', en: 'Haidian District People’s Congress Standing Committee' }, address: { zh: '北京', en: 'Beijing' }, logo: 'images/logo.png' };

function run(doc: Workspace, command: unknown) {
  return executeCommand(doc, command, ctx());
}

describe('the host organisation', () => {
  it('is optional: a workspace without one is valid', () => {
    expect(base.host).toBeUndefined();
    expect(WorkspaceSchema.safeParse(base).success).toBe(true);
  });

  it('is set with its names, address and logo, and removed with null', () => {
    const set = run(base, { type: 'setHost', host });
    if (!set.ok) throw new Error(set.error.message);
    expect(set.doc.host).toEqual(host);
    expect(WorkspaceSchema.safeParse(set.doc).success).toBe(true);
    const removed = run(set.doc, { type: 'setHost', host: null });
    if (!removed.ok) throw new Error(removed.error.message);
    expect('host' in removed.doc).toBe(false);
  });

  it('refuses a logo outside the workspace’s folder, or no name at all, and changes nothing', () => {
    for (const bad of [{ ...host, logo: '../logo.png' }, { ...host, logo: '/etc/logo.png' }, { ...host, names: {} }]) {
      const before = JSON.stringify(base);
      const result = run(base, { type: 'setHost', host: bad });
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      expect(JSON.stringify(base)).toBe(before);
    }
  });
});
