import { useTranslation } from 'react-i18next';
import { minutesLocale } from '../../shared/minutes/locale';

/** A workshop date (YYYY-MM-DD, no time zone) in the reader's language, never shifted by a zone. */
export function formatWorkshopDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // The minutes' formatters, made once per language (making one costs far more than using it).
  return minutesLocale(locale).dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Dates stay in English in the pseudo-locale (it is for finding untranslated text). */
const dateLocaleOf = (language: string) => (language === 'en-XA' ? 'en' : language);

/**
 * Makes the date formatter of a language ahead of its first use: the first one a page makes costs
 * Chromium about 20 ms, better spent while the app waits for its storage than while it draws. (On
 * a workshop's screen the page's first script has made one already, `warmIntl`: this one then
 * takes about a millisecond.)
 */
export function prepareWorkshopDates(language: string): void {
  void minutesLocale(dateLocaleOf(language)).dateFormat;
}

/** The date as a `<time>`, written by Intl in the current language. */
export function WorkshopDate({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatWorkshopDate(date, dateLocaleOf(i18n.language))}</time>;
}
