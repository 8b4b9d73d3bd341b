import type { WorkshopId } from '../../../shared/model';
import { message } from '../../../shared/i18n';
import { perform, toggleBlankAction, toggleFreezeAction } from '../../actions';
import { useWorkshopView } from '../../db';
import { desktop } from '../../platform';
import { useUi } from '../../state';
import { useT } from '../../i18n';
import { AudienceView } from './AudienceView';

/**
 * The facilitator's handle on the room's screen: open or close its window, blank or freeze it,
 * and a small live preview of exactly what it shows.
 */
export function ScreenPanel({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const view = useWorkshopView(workshopId, { kind: 'room' });
  const open = useUi((s) => s.audienceOpen);
  const setOpen = useUi((s) => s.setAudienceOpen);
  const screen = view?.bundle.workshop.facilitation.screen;
  const toggle = async () => {
    try {
      if (open) await desktop.closeAudience();
      else setOpen((await desktop.openAudience({ workshopId, displayId: null })).open);
    } catch (error) {
      useUi.getState().notify({ tone: 'error', message: message('audience.openFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <section className="screen-panel" aria-labelledby="screen-title">
      <h3 id="screen-title">{t('audience.title')}</h3>
      <div className="button-row">
        <button type="button" className={open ? '' : 'primary'} onClick={() => void toggle()}>
          {open ? t('audience.close') : t('audience.open')}
        </button>
        <button type="button" aria-pressed={screen?.blank ?? false} onClick={() => void perform(toggleBlankAction, { workshopId })}>
          {t('audience.blank')}
        </button>
        <button type="button" aria-pressed={screen?.frozen ?? false} onClick={() => void perform(toggleFreezeAction, { workshopId })}>
          {t('audience.freeze')}
        </button>
      </div>
      <p className="field-hint">{t('audience.explained')}</p>
      {view && (
        <div className="screen-preview" aria-label={t('audience.preview')} role="img">
          <div className="screen-preview-inner" aria-hidden="true" inert>
            <AudienceView view={view} />
          </div>
        </div>
      )}
    </section>
  );
}
