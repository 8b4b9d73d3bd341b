import { isLanguage } from '../i18n';

/** The locale Intl speaks for a workshop language, and the formatters the minutes use in it. */
export interface MinutesLocale {
  /** Falls back to English for a tag Intl does not know. */
  locale: string;
  dateFormat: Intl.DateTimeFormat;
  listFormat: Intl.ListFormat;
  /** One decimal: a culture pulse average. */
  decimalFormat: Intl.NumberFormat;
}

const made = new Map<string, MinutesLocale>();

/**
 * Made once per language: Intl's formatters take about a millisecond each to make, are quick to
 * use, and never change.
 */
export function minutesLocale(language: string): MinutesLocale {
  let found = made.get(language);
  if (!found) {
    const locale = localeOf(language);
    // Each made when first used: the board shows dates, never lists or decimals.
    let date: Intl.DateTimeFormat | undefined;
    let list: Intl.ListFormat | undefined;
    let decimal: Intl.NumberFormat | undefined;
    found = {
      locale,
      get dateFormat() {
        return (date ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
      },
      get listFormat() {
        return (list ??= new Intl.ListFormat(locale, { type: 'conjunction' }));
      },
      get decimalFormat() {
        return (decimal ??= new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
      },
    };
    made.set(language, found);
  }
  return found;
}

function localeOf(language: string): string {
  // The languages Outmodel speaks are known to Intl (asking costs as much as making a formatter).
  if (isLanguage(language)) return language;
  // A tag Intl does not know, or cannot read, gets English dates and lists.
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    return 'en';
  }
}
