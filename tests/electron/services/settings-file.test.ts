import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSettingsHandlers } from '../../../core/settings/settings-handlers';
import { writeFileDurably } from '../../../electron/files/write-file-durably';
import { createSettingsFile, settingsFilePath } from '../../../electron/services/settings-file';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefing-settings-'));
});

describe('the settings file', () => {
  it('reads nothing when there is no file yet, and creates the folder on first save', async () => {
    const path = settingsFilePath(join(folder, 'not', 'yet'));
    const file = createSettingsFile(path);
    expect(await file.read()).toBeUndefined();
    await file.write({ uiLanguage: 'en' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ uiLanguage: 'en' });
  });

  it('survives a damaged file: defaults on read, repaired by the next save', async () => {
    const path = settingsFilePath(folder);
    await writeFile(path, '{"uiLanguage": "en", ');
    const handlers = createSettingsHandlers(createSettingsFile(path));
    expect(await handlers.getSettings()).toEqual({ uiLanguage: 'zh-CN' });
    await handlers.updateSettings({ uiLanguage: 'ar' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ uiLanguage: 'ar' });
  });

  it('leaves no temporary files behind, and the last of overlapping saves wins', async () => {
    const path = settingsFilePath(folder);
    const file = createSettingsFile(path);
    await Promise.all(['en', 'ar', 'zh-CN', 'en', 'ar'].map((uiLanguage) => file.write({ uiLanguage: uiLanguage as 'en' })));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ uiLanguage: 'ar' });
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('keeps the old contents and cleans up when the replace fails', async () => {
    const target = join(folder, 'occupied');
    await mkdir(join(target, 'child'), { recursive: true }); // a non-empty folder cannot be renamed over
    await expect(writeFileDurably(target, 'new')).rejects.toThrow('could not write occupied');
    expect(await readdir(folder)).toEqual(['occupied']);
    expect(await readdir(target)).toEqual(['child']);
  });
});
