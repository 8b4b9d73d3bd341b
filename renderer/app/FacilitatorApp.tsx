import { Suspense, lazy, useEffect } from 'react';
import { LibraryScreen } from '../features/library';
import { DetailsScreen } from '../features/details';
import { LIBRARY_SCOPE, useUi } from '../state';
import { Notices } from './Notices';
import { SaveBanner } from './SaveBanner';
import { ConfirmHost } from './ConfirmHost';
import { navigate, useRoute } from './route';
import type { WorkshopId } from '../../shared/model';
import { useActionKeys } from './useActionKeys';
import { useAppLanguage } from './useAppLanguage';
import { useRemoteCommands } from './remote';
import { useAudienceEvents } from '../features/audience/useAudienceEvents';
import { useMenuCommands } from './useMenuCommands';
import { FileIntakeHost } from '../features/exporting/FileIntakeHost';
import { SnapshotsDialog } from '../features/recovery';
import { KeyboardHost } from '../features/board/ShortcutsOverlay';
import { RoomHost, useRoomStatus } from '../features/room/RoomHost';

// The library opens first and alone: a workshop's screens (the board, the exports, the culture
// map...) load when one is opened, so the start parses only what the library needs.
const WorkshopScreen = lazy(() => import('../features/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));
const GroupViewScreen = lazy(() => import('../features/workshop/GroupViewScreen').then((m) => ({ default: m.GroupViewScreen })));
const CaptureScreen = lazy(() => import('../features/capture').then((m) => ({ default: m.CaptureScreen })));

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
  useRoomStatus();
  const dialog = useUi((s) => s.dialog);

  return (
    <>
      <SaveBanner />
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'new' && <DetailsScreen />}
      {route.name === 'details' && <DetailsScreen id={route.id} key={route.id} />}
      <Suspense fallback={null}>
        {route.name === 'workshop' && <WorkshopScreen id={route.id} key={route.id} />}
        {route.name === 'group' && <GroupViewScreen id={route.id} groupId={route.groupId} key={`${route.id}/${route.groupId}`} />}
        {route.name === 'capture' && <CaptureScreen id={route.id} key={route.id} />}
      </Suspense>
      <FileIntakeHost enabled={route.name !== 'group' && route.name !== 'capture'} />
      {dialog === 'snapshots' && <SnapshotsDialog onClose={() => useUi.getState().setDialog(null)} />}
      <KeyboardHost />
      <RoomHost />
      <ConfirmHost />
      <Notices />
    </>
  );
}
