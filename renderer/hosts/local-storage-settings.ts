// Runs in the browser host: settings storage, one JSON entry in localStorage.
import type { SettingsStorage } from '../../core/settings/settings-handlers';

export const SETTINGS_STORAGE_KEY = 'briefing-desk.settings';

export function localStorageSettings(storage: Storage): SettingsStorage {
  return {
    read() {
      const raw = storage.getItem(SETTINGS_STORAGE_KEY);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        // A damaged entry reads as "nothing stored"; settingsFromStored supplies the defaults.
        return undefined;
      }
    },
    write(settings) {
      storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
    },
  };
}
