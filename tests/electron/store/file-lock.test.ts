// One writer per workspace file: a second store, in this process or another, is refused;
// a lock left by a process that died is taken over.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceLockedError } from '../../../electron/store/file-lock';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { tempFolder, writeWorkspace } from './store-test-helpers';

function fixtureFile(): string {
  const file = join(tempFolder(), 'workspace.json');
  writeWorkspace(file, fixtureWorkspace());
  return file;
}

/** Another process holding the file: a store opened there, waiting. */
async function holdInChild(file: string) {
  const script = `
    const { WorkspaceStore } = await import(${JSON.stringify(new URL('../../../electron/store/workspace-store.ts', import.meta.url).href)});
    await WorkspaceStore.open(process.argv[1], { author: 'other' });
    console.log('HOLDING');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => data.toString().includes('HOLDING') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('the workspace lock', () => {
  it('refuses a second store in the same process until the first closes', async () => {
    const file = fixtureFile();
    const { store } = await WorkspaceStore.open(file, { author: 'a' });
    const error = await WorkspaceStore.open(file, { author: 'b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as Error).message).toContain('already has it open');
    await store.close();
    const second = await WorkspaceStore.open(file, { author: 'b' });
    await second.store.close();
  });

  it('refuses a store while another process holds the file, and takes over once that process is killed', async () => {
    const file = fixtureFile();
    const child = await holdInChild(file);
    try {
      const error = await WorkspaceStore.open(file, { author: 'me' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkspaceLockedError);
      expect((error as WorkspaceLockedError).owner?.pid).toBe(child.pid);
      expect((error as Error).message).toContain(`process ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
    }
    const { store, report } = await WorkspaceStore.open(file, { author: 'me' });
    expect(report.notices[0]).toContain(`process ${child.pid}, which is no longer running`);
    await store.close();
  }, 30_000);

  it.skipIf(process.platform !== 'linux')('takes over a lock whose process id now belongs to another process', async () => {
    const file = fixtureFile();
    // This very process is alive, but it did not start at tick 1: the lock is from a reused pid.
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), since: '2020-01-01T00:00:00.000Z', processStart: 1 }));
    const { store, report } = await WorkspaceStore.open(file, { author: 'me' });
    expect(report.notices[0]).toContain('no longer running');
    await store.close();
  });

  it('respects a lock from another machine, which it cannot check', async () => {
    const file = fixtureFile();
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 1234, hostname: 'laptop-of-someone-else', since: '2026-04-16T08:00:00.000Z' }));
    await expect(WorkspaceStore.open(file, { author: 'me' })).rejects.toThrow(/process 1234 on laptop-of-someone-else/);
  });

  it('releases the lock when the store closes', async () => {
    const file = fixtureFile();
    const { store } = await WorkspaceStore.open(file, { author: 'a' });
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
    await store.close();
    expect(() => readFileSync(`${file}.lock`)).toThrow(/ENOENT/);
  });
});
