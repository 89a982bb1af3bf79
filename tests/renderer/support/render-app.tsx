// Runs in the renderer (jsdom tests): the real App with the real locale files and i18n
// set-up, over a given host, at a given route.
import { render } from '@testing-library/react';
import type { BriefingApi } from '../../../core/ipc/contract';
import type { UiLanguage } from '../../../core/i18n/ui-languages';
import type { IpcError } from '../../../core/ipc/ipc-result';
import { App } from '../../../renderer/app/app';
import { createI18n } from '../../../renderer/i18n/create-i18n';

export function renderApp(api: BriefingApi, { language = 'zh-CN', hash = '', startupError = null }: {
  language?: UiLanguage;
  hash?: string;
  startupError?: IpcError | null;
} = {}) {
  window.location.hash = hash;
  const i18n = createI18n(language, document.documentElement);
  return { i18n, ...render(<App api={api} i18n={i18n} startupError={startupError} />) };
}
