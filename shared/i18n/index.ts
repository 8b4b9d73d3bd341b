import i18next, { type i18n, type TFunction } from 'i18next';
import { en } from './en';
import { he } from './he';
import { pseudoCatalog } from './pseudo';
import type { CatalogShape } from './shape';

export type { CatalogShape } from './shape';
export { en } from './en';
export { he } from './he';

/** The languages Outmodel speaks, with their writing direction. */
export const LANGUAGES = [
  { code: 'en', dir: 'ltr' },
  { code: 'he', dir: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

/** A test-only language: every catalog string, visibly marked, to find text that is not from a catalog. */
export const PSEUDO_LANGUAGE = 'en-XA';

/** The catalogs of the languages Outmodel speaks. */
const CATALOGS: Record<LanguageCode, CatalogShape> = { en, he };

let pseudo: CatalogShape | null = null;
/** A language's catalog; the pseudo-locale's is made from English the first time it is asked for. */
export function catalogOf(language: string): CatalogShape | undefined {
  if (language === PSEUDO_LANGUAGE) return (pseudo ??= pseudoCatalog(en));
  return isLanguage(language) ? CATALOGS[language] : undefined;
}

/** What an i18next instance showing `language` needs: its catalog and English, the fallback. */
export function i18nResources(language: string): Record<string, { translation: CatalogShape }> {
  const own = catalogOf(language);
  return { en: { translation: en }, ...(own ? { [language]: { translation: own } } : {}) };
}

export function isLanguage(code: string): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The first of the person's preferred languages that Outmodel speaks, else English. */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    // Older systems report Hebrew as "iw".
    const code = base === 'iw' ? 'he' : base;
    if (isLanguage(code)) return code;
  }
  return 'en';
}

/** A message to show later, in whatever language is current then. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

export function message(key: string, values?: Message['values']): Message {
  return values ? { key, values } : { key };
}

/** A fresh i18next instance over every catalog, for one language (used by pure code too). */
export function createI18n(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: i18nResources(language),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

const translators = new Map<string, TFunction>();

/** A translator for one language, made once. */
export function translatorFor(language: string): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).t;
    translators.set(language, t);
  }
  return t;
}
