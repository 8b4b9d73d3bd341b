import { useEffect } from 'react';
import type { WorkshopId } from '../../../shared/model';
import { useWorkshopView } from '../../db';
import { sendRemote, remoteCommandFor } from '../../app/remote';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { AudienceView } from './AudienceView';
import { RoomJoinCard } from '../room/RoomJoinCard';

/** The room's window: the audience view of one workshop, with keys passed on to the facilitator. */
export function AudienceScreen({ id }: { id: WorkshopId }) {
  const view = useWorkshopView(id, { kind: 'room' });
  const { t } = useT();
  // The room's screen keeps its content clear of the join card while it is shown.
  const joinCardShown = useUi((s) => s.roomStatus.running);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = remoteCommandFor(event);
      if (!command) return;
      event.preventDefault();
      sendRemote({ workshopId: id, command });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);
  if (view === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (view === null) return <p className="empty">{t('workshop.gone')}</p>;
  return (
    <>
      <AudienceView view={view} besideJoinCard={joinCardShown} />
      <RoomJoinCard />
    </>
  );
}
