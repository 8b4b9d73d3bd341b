import { perform, updateSettingsAction } from '../../actions';
import { useSettings } from '../../db';
import { useT } from '../../i18n';
import { playChime } from '../facilitation/useChime';
import { LanguagePicker } from './LanguagePicker';

const WARNINGS = [0, 30, 60, 120, 300] as const;

/** The installation's settings: language, the timer's warning, and the chime. */
export function SettingsPanel() {
  const { t } = useT();
  const settings = useSettings();
  if (!settings) return null;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="section-title">
        {t('settings.title')}
      </h2>
      <div className="settings-row">
        <LanguagePicker />
        <label className="setting">
          <span>{t('settings.warning')}</span>
          <select value={settings.warningSeconds} onChange={(e) => void perform(updateSettingsAction, { warningSeconds: Number(e.target.value) })}>
            {WARNINGS.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? t('settings.warningNone') : s < 60 ? t('settings.warningSeconds', { count: s }) : t('settings.warningMinutes', { count: s / 60 })}
              </option>
            ))}
          </select>
        </label>
        <label className="setting">
          <input type="checkbox" checked={!settings.chimeMuted} onChange={(e) => void perform(updateSettingsAction, { chimeMuted: !e.target.checked })} />
          <span>{t('settings.chime')}</span>
        </label>
        <label className="setting">
          <span>{t('settings.volume')}</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.chimeVolume}
            disabled={settings.chimeMuted}
            onChange={(e) => void perform(updateSettingsAction, { chimeVolume: Number(e.target.value) })}
          />
        </label>
        <button type="button" disabled={settings.chimeMuted} onClick={() => playChime(settings)}>
          {t('settings.testChime')}
        </button>
        <label className="setting">
          <span>{t('settings.snapshotsKept')}</span>
          <select value={settings.snapshotsKept} onChange={(e) => void perform(updateSettingsAction, { snapshotsKept: Number(e.target.value) })}>
            {[...new Set([5, 10, 20, 50, 100, settings.snapshotsKept])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {t('settings.snapshotsKeptValue', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
