import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { PSEUDO_LANGUAGE, catalogOf, i18nResources, directionOf, isLanguage, matchLanguage, type LanguageCode, type Message } from '../../shared/i18n';

/** The language setting: the system's, or one chosen in settings. */
export type LanguageSetting = 'system' | string;

/** The system's language, as far as Outmodel speaks it. */
export function systemLanguage(): LanguageCode {
  return matchLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/**
 * The language this window shows: `?lang=` in the address wins (the pseudo-locale for tests),
 * then the setting, then the system's.
 */
export function resolveLanguage(setting: LanguageSetting | undefined): string {
  const forced = new URLSearchParams(window.location.search).get('lang');
  if (forced && (forced === PSEUDO_LANGUAGE || isLanguage(forced))) return forced;
  if (setting && setting !== 'system' && isLanguage(setting)) return setting;
  return systemLanguage();
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(language: string): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: i18nResources(language),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
}

export async function changeLanguage(language: string): Promise<void> {
  if (i18next.language === language) return;
  // The window started with its own language's catalog and English: another one is added first.
  const catalog = catalogOf(language);
  if (catalog && !i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', catalog);
  await i18next.changeLanguage(language);
  applyToDocument(language);
}

/** The current language of this window. */
export function currentLanguage(): string {
  return i18next.language;
}

/** The current language's writing direction. */
export function currentDirection(): 'ltr' | 'rtl' {
  return directionOf(i18next.language);
}

/** For code outside components: translate now. */
export function translate(key: string, values?: Record<string, unknown>): string {
  return i18next.t(key, values);
}

export function translateMessage(m: Message): string {
  return i18next.t(m.key, m.values);
}

/** `t` for keys, `tm` for messages made elsewhere, and the current language, in a component. */
export function useT() {
  const { t, i18n } = useTranslation();
  const tm = (m: Message) => t(m.key, m.values);
  return { t, tm, language: i18n.language };
}
