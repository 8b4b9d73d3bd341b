import { app } from 'electron';
import { matchLanguage, translatorFor } from '../../shared/i18n';

/**
 * Text the main process shows itself (error boxes before any window can), from the same
 * catalogs as the renderer, in the system's language: the app's own setting lives in the
 * renderer's storage, which may be what failed.
 */
export function mainText(key: string, values?: Record<string, string>): string {
  return translatorFor(matchLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]))(key, values);
}
