// Runs in the renderer (jsdom tests): what the Library tests share: the app opened on the
// Library over a real small workspace in the browser host's in-page store (or over a host
// whose store refuses every change), the stored document, and the gestures: select an
// outline item, type into a field and leave it, click a button that asks for confirmation.
import { act, fireEvent, screen } from '@testing-library/react';
import { expect, vi } from 'vitest';
import zhLibrary from '../../../locales/zh-CN/library.json';
import { ok } from '../../../core/ipc/ipc-result';
import type { Command } from '../../../core/model/commands';
import type { Workspace } from '../../../core/model/workspace';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost, FAKE_WORKSPACE_ID, type FakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';
import { storedDocument } from '../support/stored-document';

export { zhLibrary };

export const REFUSAL = 'The change could not be saved to /x/workspace.json: ENOSPC';

/** A host whose store refuses every command, as a full disk would. */
export function refusingHost(workspace: Workspace = testWorkspace()): FakeHost {
  const applyCommand = vi.fn(async () => ok({ status: 'rejected' as const, error: { code: 'write-failed' as const, message: REFUSAL, issues: [] } }));
  return fakeHost({ applyCommand }, DEFAULT_SETTINGS, { workspace });
}

export async function openLibrary(host: FakeHost = fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() })) {
  const view = renderApp(host, { hash: '#/library', language: 'zh-CN' });
  await screen.findByRole('navigation', { name: zhLibrary.outline.label });
  return { host, ...view };
}

export function storedDoc(host: FakeHost): Workspace {
  return storedDocument(host.workspaces, FAKE_WORKSPACE_ID);
}

/** The last command the page sent to the host. */
export function lastCommand(host: FakeHost): Command {
  return vi.mocked(host.applyCommand).mock.lastCall![0] as Command;
}

/** The keys of the outline's items, in order. */
export function outlineKeys(): string[] {
  return [...document.querySelectorAll('.library-outline [data-key]')].map((e) => e.getAttribute('data-key')!);
}

export const detail = () => document.querySelector<HTMLElement>('.block-detail')!;
export const row = (segmentId: string) => document.querySelector<HTMLElement>(`[data-segment-id="${segmentId}"]`)!;

export async function select(key: string) {
  await act(async () => fireEvent.click(document.querySelector(`.library-outline [data-key="${key}"]`)!));
}

export async function click(element: Element) {
  await act(async () => fireEvent.click(element));
}

/** Two clicks: the first arms a destructive button, the second confirms. */
export async function confirm(button: Element) {
  await act(async () => fireEvent.click(button));
  expect(button.getAttribute('data-armed')).toBe('true');
  await act(async () => fireEvent.click(button));
}

export async function commit(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  await act(async () => {
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: text } });
    fireEvent.blur(field);
  });
}

export async function choose(selectElement: HTMLSelectElement, value: string) {
  await act(async () => fireEvent.change(selectElement, { target: { value } }));
}

export function button(name: string, within: ParentNode = document): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].filter((b) => b.textContent?.includes(name));
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0]!;
}

/** The refusal shown where the change was made. */
export function alertText(within: ParentNode = document): string {
  return [...within.querySelectorAll('[role="alert"]')].map((a) => a.textContent).join('\n');
}
