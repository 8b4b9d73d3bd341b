import { useState } from 'react';
import type { WorkshopId } from '../../../shared/model';
import { navigate } from '../../app/route';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { isValidPin, pinDigest } from './pin';

/** Hands the shared screen to the participants, locked with a PIN when the facilitator gives one. */
export function StartCapture({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [pin, setPin] = useState('');
  const [error, setError] = useState(false);
  return (
    <section aria-labelledby="capture-start-title">
      <h3 id="capture-start-title">{t('capture.startTitle')}</h3>
      <p className="field-hint">{t('capture.startExplained')}</p>
      <form
        className="capture-start"
        onSubmit={(e) => {
          e.preventDefault();
          if (pin.trim() && !isValidPin(pin)) return setError(true);
          const go = () => navigate({ name: 'capture', id: workshopId });
          if (!pin.trim()) {
            useUi.getState().setCaptureLock(null);
            return go();
          }
          void pinDigest(pin).then((digest) => {
            useUi.getState().setCaptureLock({ workshopId, pinDigest: digest });
            go();
          });
        }}
      >
        <label className="field">
          <span className="field-label">{t('capture.lockPin')}</span>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'capture-pin-error' : undefined}
            onChange={(e) => {
              setPin(e.target.value);
              setError(false);
            }}
          />
        </label>
        {error && (
          <p className="field-error" id="capture-pin-error" role="alert">
            {t('capture.pinInvalid')}
          </p>
        )}
        <button type="submit" className="primary">
          {t('capture.start')}
        </button>
      </form>
    </section>
  );
}
