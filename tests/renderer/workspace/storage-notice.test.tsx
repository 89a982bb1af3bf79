// Runs in the renderer (jsdom): the storage notice says, in the UI language, what each kind
// of write failure means for the user's work and what to do (the desktop host: free space
// or Save as elsewhere), keeps the technical detail aside, and gives the all-clear.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import zh from '../../../locales/zh-CN/storage.json';
import { fakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';

afterEach(() => cleanup());

const failing = (operation: string, reason = 'disk-full') => ({ state: 'failing', operation, reason, file: 'workspace.json', detail: 'could not write workspace.json: the disk is full (ENOSPC)' });

describe('the storage notice', () => {
  it('says what happened to the work for each failure, with what to do, then that saving works again', async () => {
    const host = fakeHost();
    renderApp(host);
    expect(screen.queryByRole('alert', { name: zh.title })).toBeNull();
    await act(async () => host.emit('storageProblem', failing('snapshot')));
    const alert = screen.getByRole('alert', { name: zh.title });
    expect(alert.textContent).toContain(zh.snapshot.replace('{{file}}', '\u2068workspace.json\u2069').replace('{{reason}}', zh.reason.diskFull));
    expect(alert.textContent).toContain(zh.todo.browser); // the fake host keeps its workspace in the browser
    expect(alert.querySelector('details')!.textContent).toContain('ENOSPC');
    await act(async () => host.emit('storageProblem', failing('change', 'io-error')));
    expect(screen.getByRole('alert').textContent).toContain(zh.change.replace('{{reason}}', zh.reason.ioError));
    await act(async () => host.emit('storageProblem', { state: 'ok' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status', { name: zh.recovered })).toBeTruthy();
  });

  it('stays silent when all is well from the start', async () => {
    const host = fakeHost();
    renderApp(host);
    await act(async () => host.emit('storageProblem', { state: 'ok' }));
    expect(screen.queryByRole('status', { name: zh.recovered })).toBeNull();
  });

  it('says so at once when the host was already failing before the page opened (the event went to no one)', async () => {
    const host = fakeHost();
    const getWorkspace = host.getWorkspace;
    host.getWorkspace = (async () => {
      const result = await getWorkspace();
      if (!result.ok || !result.value.status.open) return result;
      return { ...result, value: { ...result.value, status: { ...result.value.status, storage: failing('snapshot') } } };
    }) as typeof getWorkspace;
    renderApp(host);
    const alert = await screen.findByRole('alert', { name: zh.title });
    expect(alert.textContent).toContain(zh.snapshot.replace('{{file}}', '\u2068workspace.json\u2069').replace('{{reason}}', zh.reason.diskFull));
    await act(async () => host.emit('storageProblem', { state: 'ok' }));
    expect(screen.getByRole('status', { name: zh.recovered })).toBeTruthy();
  });
});
