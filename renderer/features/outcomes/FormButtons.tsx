import { useT } from '../../i18n';

/** The submit button of an outcomes form, and Cancel when the form can be left unsaved. */
export function FormButtons({ submitLabel, onCancel }: { submitLabel: string; onCancel?: (() => void) | null }) {
  const { t } = useT();
  return (
    <div className="button-row">
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="subtle" onClick={onCancel}>
          {t('outcomes.cancel')}
        </button>
      )}
    </div>
  );
}
