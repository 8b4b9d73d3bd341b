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
    found = {
      locale,
      dateFormat: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      listFormat: new Intl.ListFormat(locale, { type: 'conjunction' }),
      decimalFormat: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
    made.set(language, found);
  }
  return found;
}

function localeOf(language: string): string {
  // A tag Intl does not know, or cannot read, gets English dates and lists.
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    return 'en';
  }
}
