// Runs in the renderer (jsdom): the in-place field commits on leave and Enter, and
// Escape discards what was typed (the blur that Escape causes must not save it).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitField } from '../../../renderer/forms/commit-field';
import { createI18n } from '../../../renderer/i18n/create-i18n';

afterEach(cleanup);

function renderField(onCommit: (next: string) => Promise<boolean>) {
  const i18n = createI18n('en', document.documentElement);
  render(
    <I18nextProvider i18n={i18n}>
      <CommitField value="stored" onCommit={onCommit} label="Name" />
    </I18nextProvider>,
  );
  return screen.getByLabelText('Name') as HTMLInputElement;
}

describe('CommitField', () => {
  it('commits what was typed when the field is left', async () => {
    const onCommit = vi.fn(async () => true);
    const field = renderField(onCommit);
    field.focus();
    fireEvent.change(field, { target: { value: 'typed' } });
    await act(async () => field.blur());
    expect(onCommit).toHaveBeenCalledWith('typed');
  });

  it('discards what was typed on Escape, without a command', async () => {
    const onCommit = vi.fn(async () => true);
    const field = renderField(onCommit);
    field.focus();
    fireEvent.change(field, { target: { value: 'typed' } });
    await act(async () => {
      fireEvent.keyDown(field, { key: 'Escape' });
      field.blur();
    });
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toBe('stored');
    // The next edit commits normally again.
    field.focus();
    fireEvent.change(field, { target: { value: 'again' } });
    await act(async () => field.blur());
    expect(onCommit).toHaveBeenCalledWith('again');
  });
});
