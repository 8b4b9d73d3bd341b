import { useEffect } from 'react';
import { message } from '../../../shared/i18n';
import { desktop } from '../../platform';
import { useUi } from '../../state';

/** Keeps this window's idea of the room's window in step with what became of it. */
export function useAudienceEvents(): void {
  useEffect(
    () =>
      desktop.onAudienceEvent((event) => {
        useUi.getState().setAudienceOpen(event.kind !== 'closed');
        if (event.kind === 'closed' && event.reason === 'display-removed') {
          useUi.getState().notify({ tone: 'error', message: message('audience.displayRemoved') });
        }
      }),
    [],
  );
}
