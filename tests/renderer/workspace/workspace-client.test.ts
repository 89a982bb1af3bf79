// Runs in jsdom: the page's copy of the workspace counts the changes on their way to the
// store, so the shell can say it is busy until the store has answered each one.
import { describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../../core/ipc/contract';
import { createWorkspaceClient } from '../../../renderer/workspace/workspace-client';
import { fakeHost } from '../support/fake-host';

/** The fake host with its applyCommand held until the test lets each one through. */
function heldHost() {
  const host = fakeHost();
  const released: (() => void)[] = [];
  const apply = host.applyCommand;
  const api: BriefingApi = {
    ...host,
    applyCommand: (async (command: Parameters<BriefingApi['applyCommand']>[0]) => {
      await new Promise<void>((resolve) => released.push(resolve));
      return apply(command);
    }) as BriefingApi['applyCommand'],
  };
  return { api, released };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
};

describe('the workspace client', () => {
  it('counts a change as saving from the moment it is sent until the store has answered it', async () => {
    const { api, released } = heldHost();
    const client = createWorkspaceClient(api);
    await client.load();
    expect(client.saving()).toBe(0);

    let heard = 0;
    client.subscribeSaving(() => heard++);
    let renders = 0;
    client.subscribe(() => renders++);
    const first = client.run({ type: 'renameWorkspace', title: '第一次' });
    const second = client.run({ type: 'renameWorkspace', title: '第二次' });
    expect(client.saving()).toBe(2);

    await until(() => released.length === 1);
    released.shift()!();
    expect(await first).toEqual({ ok: true });
    expect(client.saving()).toBe(1);
    expect(client.getState().doc?.meta.title).toBe('第一次');

    await until(() => released.length === 1);
    released.shift()!();
    expect(await second).toEqual({ ok: true });
    expect(client.saving()).toBe(0);
    expect(client.getState().doc?.meta.title).toBe('第二次');
    // Each count change is heard by the busy flag alone: the views render once per change.
    expect(heard).toBe(4);
    expect(renders).toBe(2);
  });

  it('stops counting a refused change too', async () => {
    const { api, released } = heldHost();
    const client = createWorkspaceClient(api);
    await client.load();
    const refused = client.run({ type: 'removeLanguage', code: 'xx' } as never);
    expect(client.saving()).toBe(1);
    await until(() => released.length === 1);
    released.shift()!();
    expect((await refused).ok).toBe(false);
    expect(client.saving()).toBe(0);
  });
});
