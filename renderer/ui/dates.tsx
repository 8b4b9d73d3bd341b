import { useTranslation } from 'react-i18next';
import { minutesLocale } from '../../shared/minutes/locale';

/** A workshop date (YYYY-MM-DD, no time zone) in the reader's language, never shifted by a zone. */
export function formatWorkshopDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // The minutes' formatters, made once per language (making one costs far more than using it).
  return minutesLocale(locale).dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The date as a `<time>`, written by Intl in the current language. */
export function WorkshopDate({ date }: { date: string }) {
  const { i18n } = useTranslation();
  // The pseudo-locale is for finding untranslated text; dates stay in English there.
  const locale = i18n.language === 'en-XA' ? 'en' : i18n.language;
  return <time dateTime={date}>{formatWorkshopDate(date, locale)}</time>;
}
