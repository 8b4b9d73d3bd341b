import { useEffect } from 'react';
import { LibraryScreen } from '../features/library';
import { DetailsScreen } from '../features/details';
import { GroupViewScreen, WorkshopScreen } from '../features/workshop';
import { LIBRARY_SCOPE, useUi } from '../state';
import { Notices } from './Notices';
import { SaveBanner } from './SaveBanner';
import { ConfirmHost } from './ConfirmHost';
import { useRoute } from './route';
import { useActionKeys } from './useActionKeys';
import { useAppLanguage } from './useAppLanguage';
import { useRemoteCommands } from './remote';
import { useAudienceEvents } from '../features/audience';
import { useMenuCommands } from './useMenuCommands';
import { FileIntakeHost } from '../features/exporting';
import { SnapshotsDialog } from '../features/recovery';

/** The facilitator's window: the library, the details form and the open workshop. */
export function FacilitatorApp() {
  const route = useRoute();
  const setScope = useUi((s) => s.setScope);
  // A group's view has its own undo: a group cannot take back the facilitator's commands.
  const scope = route.name === 'library' || route.name === 'new' ? LIBRARY_SCOPE : route.name === 'group' ? `${route.id}/as/${route.groupId}` : route.id;
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
      <FileIntakeHost enabled={route.name !== 'group'} />
      {dialog === 'snapshots' && <SnapshotsDialog onClose={() => useUi.getState().setDialog(null)} />}
      <ConfirmHost />
      <Notices />
    </>
  );
}
