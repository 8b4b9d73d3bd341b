import { useEffect, useRef } from 'react';
import type { WorkshopId } from '../../../shared/model';
import { message } from '../../../shared/i18n';
import { snapshotWorkshop } from '../../db';
import { useUi } from '../../state';

/** How often an open workshop is kept while it changes. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;

let warned = false;
function keep(id: WorkshopId, reason: 'interval' | 'phase') {
  snapshotWorkshop(id, reason, { onlyIfChanged: true }).then(
    () => (warned = false),
    (error: unknown) => {
      // Once, not every few minutes: the room's work goes on, and the facilitator knows.
      if (warned) return;
      warned = true;
      useUi.getState().notify({ tone: 'error', message: message('snapshots.writeFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    },
  );
}

/**
 * Keeps snapshots of the open workshop: every few minutes while it changes, at every change of
 * phase, and when the facilitator leaves it.
 */
export function useSnapshotKeeper(id: WorkshopId, currentPhaseId: string | null | undefined): void {
  useEffect(() => {
    const timer = window.setInterval(() => keep(id, 'interval'), SNAPSHOT_INTERVAL_MS);
    return () => {
      window.clearInterval(timer);
      keep(id, 'interval');
    };
  }, [id]);
  const phase = useRef(currentPhaseId);
  useEffect(() => {
    if (currentPhaseId === undefined || phase.current === currentPhaseId) return;
    const first = phase.current === undefined;
    phase.current = currentPhaseId;
    // The phase the workshop opens on is not a change.
    if (first) return;
    keep(id, 'phase');
  }, [id, currentPhaseId]);
}
