import { useEffect } from 'react';
import { LibraryScreen } from '../features/library';
import { DetailsScreen } from '../features/details';
import { LIBRARY_SCOPE, useUi } from '../state';
import { Notices } from './Notices';
import { SaveBanner } from './SaveBanner';
import { ConfirmHost } from './ConfirmHost';
import { navigate, useRoute, type Route } from './route';
import { lazyScreen } from './lazyScreen';
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
const WorkshopScreen = lazyScreen(() => import('../features/workshop/WorkshopScreen').then((m) => m.WorkshopScreen));
const GroupViewScreen = lazyScreen(() => import('../features/workshop/GroupViewScreen').then((m) => m.GroupViewScreen));
const CaptureScreen = lazyScreen(() => import('../features/capture').then((m) => m.CaptureScreen));

/** Loads the code of the screen a window opens on, before it is first drawn (a reload on a board). */
export function preloadScreenOf(route: Route): Promise<void> {
  if (route.name === 'workshop') return WorkshopScreen.preload();
  if (route.name === 'group') return GroupViewScreen.preload();
  if (route.name === 'capture') return CaptureScreen.preload();
  return Promise.resolve();
}

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
      {route.name === 'workshop' && <WorkshopScreen id={route.id} key={route.id} />}
      {route.name === 'group' && <GroupViewScreen id={route.id} groupId={route.groupId} key={`${route.id}/${route.groupId}`} />}
      {route.name === 'capture' && <CaptureScreen id={route.id} key={route.id} />}
      <FileIntakeHost enabled={route.name !== 'group' && route.name !== 'capture'} />
      {dialog === 'snapshots' && <SnapshotsDialog onClose={() => useUi.getState().setDialog(null)} />}
      <KeyboardHost />
      <RoomHost />
      <ConfirmHost />
      <Notices />
    </>
  );
}
