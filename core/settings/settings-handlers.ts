// Runs anywhere (core): the settings actions over whatever storage a host has.
import { settingsFromStored, type Settings, type SettingsPatch } from './settings';

export interface SettingsStorage {
  read(): Promise<unknown> | unknown;
  write(settings: Settings): Promise<void> | void;
}

export function createSettingsHandlers(storage: SettingsStorage) {
  return {
    async getSettings(): Promise<Settings> {
      return settingsFromStored(await storage.read());
    },
    async updateSettings(patch: SettingsPatch): Promise<Settings> {
      const next = { ...settingsFromStored(await storage.read()), ...patch };
      await storage.write(next);
      return next;
    },
  };
}
