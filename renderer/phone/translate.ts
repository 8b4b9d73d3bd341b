import { phoneEn } from '../../shared/i18n/phone.en';
import { phoneHe } from '../../shared/i18n/phone.he';
import { lensesEn, typesEn, verdictsEn } from '../../shared/i18n/words.en';
import { lensesHe, typesHe, verdictsHe } from '../../shared/i18n/words.he';

/**
 * The phone page's own translator: key lookup, `{{x}}` interpolation and the plural form of the
 * language, over the phone catalog and the words it shares with the app (i18next and the app's catalogs stay out of the
 * phone's bundle). Keys are written in full, `t('phone.compose.post')`, like everywhere else.
 */

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Keys<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Keys<T[K], `${P}${K}.`> }[keyof T & string];

export type PhoneKey = Keys<typeof phoneEn, 'phone.'> | Keys<typeof typesEn, 'types.'> | Keys<typeof lensesEn, 'lenses.'> | Keys<typeof verdictsEn, 'reactions.'>;
export type Values = Record<string, string | number>;
export type Translate = (key: PhoneKey, values?: Values) => string;

interface Catalog {
  [key: string]: string | Catalog;
}

export interface PhoneLanguage {
  code: 'en' | 'he';
  dir: 'ltr' | 'rtl';
}

// The phone catalog and the requirement words the app's catalog shares with it, under their namespaces.
const CATALOGS: Record<PhoneLanguage['code'], Catalog> = {
  en: { phone: phoneEn, types: typesEn, lenses: lensesEn, reactions: verdictsEn },
  he: { phone: phoneHe, types: typesHe, lenses: lensesHe, reactions: verdictsHe },
};

/** The language the page speaks for a workshop language (or a phone's preferred one): Hebrew or English. */
export function phoneLanguage(tag: string | undefined): PhoneLanguage {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  // Older systems report Hebrew as "iw".
  return base === 'he' || base === 'iw' ? { code: 'he', dir: 'rtl' } : { code: 'en', dir: 'ltr' };
}

/** The first of the phone's preferred languages the page speaks; English otherwise. */
export function preferredLanguage(tags: readonly string[]): PhoneLanguage {
  return tags.map(phoneLanguage).find((l) => l.code !== 'en') ?? phoneLanguage('en');
}

function lookup(catalog: Catalog, path: readonly string[]): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function find(catalog: Catalog, key: string, plural: Intl.PluralRules, count: unknown): string | undefined {
  const path = key.split('.');
  if (typeof count === 'number') {
    const last = path.pop()!;
    return lookup(catalog, [...path, `${last}_${plural.select(count)}`]) ?? lookup(catalog, [...path, `${last}_other`]) ?? lookup(catalog, [...path, last]);
  }
  return lookup(catalog, path);
}

export function translator(language: PhoneLanguage['code']): Translate {
  const plural = new Intl.PluralRules(language);
  const english = new Intl.PluralRules('en');
  return (key, values) => {
    const text = find(CATALOGS[language], key, plural, values?.count) ?? find(CATALOGS.en, key, english, values?.count) ?? key;
    // The result is only ever set as textContent: a value is text, never markup.
    return values ? text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}
