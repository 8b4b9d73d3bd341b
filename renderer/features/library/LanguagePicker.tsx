import { LANGUAGES, type LanguageCode } from '../../../shared/i18n';
import { perform, setLanguageAction } from '../../actions';
import { useSettings } from '../../db';
import { systemLanguage, useT } from '../../i18n';

export const LANGUAGE_KEYS: Record<LanguageCode, string> = { en: 'languages.en', he: 'languages.he' };

/** The app's language: the system's, or one the facilitator picks. */
export function LanguagePicker() {
  const { t } = useT();
  const settings = useSettings();
  if (!settings) return null;
  return (
    <label className="language-picker">
      <span>{t('settings.language')}</span>
      <select value={settings.language} onChange={(e) => void perform(setLanguageAction, { language: e.target.value })}>
        <option value="system">{t('settings.languageSystem', { language: t(LANGUAGE_KEYS[systemLanguage()]) })}</option>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {t(LANGUAGE_KEYS[l.code])}
          </option>
        ))}
      </select>
    </label>
  );
}

