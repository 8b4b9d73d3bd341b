import { saveSettings, type Settings } from '../db';
import { defineAction } from './registry';

/** Settings of this installation, for every window; not undoable, like any setting. */
export const setLanguageAction = defineAction<{ language: string }>({
  name: 'setLanguage',
  label: 'settings.language',
  perform: async ({ language }) => {
    await saveSettings({ language });
    return { result: undefined };
  },
});

export const updateSettingsAction = defineAction<Partial<Omit<Settings, 'language'>>>({
  name: 'updateSettings',
  label: 'settings.title',
  perform: async (patch) => {
    await saveSettings(patch);
    return { result: undefined };
  },
});
