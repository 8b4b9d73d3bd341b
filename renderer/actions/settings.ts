import { saveSettings } from '../db';
import { defineAction } from './registry';

/** The app's language for every window ('system' follows the operating system); not undoable, like any setting. */
export const setLanguageAction = defineAction<{ language: string }>({
  name: 'setLanguage',
  label: 'settings.language',
  perform: async ({ language }) => {
    await saveSettings({ language });
    return { result: undefined };
  },
});
