import { useEffect } from 'react';
import { LibraryScreen } from '../features/library';
import { DetailsScreen } from '../features/details';
import { GroupViewScreen, WorkshopScreen } from '../features/workshop';
import { LIBRARY_SCOPE, useUi } from '../state';
import { Notices } from './Notices';
import { SaveBanner } from './SaveBanner';
import { ConfirmHost } from './ConfirmHost';
import { navigate, useRoute } from './route';
import { CaptureScreen } from '../features/capture';
import type { WorkshopId } from '../../shared/model';
import { useActionKeys } from './useActionKeys';
import { useAppLanguage } from './useAppLanguage';
import { useRemoteCommands } from './remote';
import { useAudienceEvents } from '../features/audience';
import { useMenuCommands } from './useMenuCommands';
import { FileIntakeHost } from '../features/exporting';
import { SnapshotsDialog } from '../features/recovery';
import { KeyboardHost } from '../features/board';

/** The facilitator's window: the library, the details form and the open workshop. */
export function FacilitatorApp() {
  const route = useRoute();
  const setScope = useUi((s) => s.setScope);
  // A group's view has its own undo: a group cannot take back the facilitator's commands.
  const scope = route.name === 'library' || route.name === 'new' ? LIBRARY_SCOPE : route.name === 'group' ? `${route.id}/as/${route.groupId}` : route.name === 'capture' ? `${route.id}/as/capture` : route.id;
  // A locked shared screen stays the shared screen, whatever address is typed or gone back to.
  const lock = useUi((s) => s.captureLock);
  useEffect(() => {
    if (lock && !(route.name === 'capture' && route.id === lock.workshopId)) navigate({ name: 'capture', id: lock.workshopId as WorkshopId });
  }, [lock, route]);
  useEffect(() => setScope(scope), [scope, setScope]);
  useActionKeys();
  useAppLanguage();
  useRemoteCommands();
  useAudienceEvents();
  useMenuCommands();
  const dialog = useUi((s) => s.dialog);

  return (
    <>
      <SaveBanner />
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'new' && <DetailsScreen />}
      {route.name === 'details' && <DetailsScreen id={route.id} key={route.id} />}
      {route.name === 'workshop' && <WorkshopScreen id={route.id} key={route.id} />}
      {route.name === 'group' && <GroupViewScreen id={route.id} groupId={route.groupId} key={`${route.id}/${route.groupId}`} />}
      {route.name === 'capture' && <CaptureScreen id={route.id} key={route.id} />}
      <FileIntakeHost enabled={route.name !== 'group' && route.name !== 'capture'} />
      {dialog === 'snapshots' && <SnapshotsDialog onClose={() => useUi.getState().setDialog(null)} />}
      <KeyboardHost />
      <ConfirmHost />
      <Notices />
    </>
  );
}
