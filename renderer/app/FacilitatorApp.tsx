import { useEffect } from 'react';
import { LibraryScreen } from '../features/library';
import { DetailsScreen } from '../features/details';
import { WorkshopScreen } from '../features/workshop';
import { LIBRARY_SCOPE, useUi } from '../state';
import { Notices } from './Notices';
import { ConfirmHost } from './ConfirmHost';
import { useRoute } from './route';
import { useActionKeys } from './useActionKeys';
import { useAppLanguage } from './useAppLanguage';

/** The facilitator's window: the library, the details form and the open workshop. */
export function FacilitatorApp() {
  const route = useRoute();
  const setScope = useUi((s) => s.setScope);
  const scope = route.name === 'workshop' || route.name === 'details' ? route.id : LIBRARY_SCOPE;
  useEffect(() => setScope(scope), [scope, setScope]);
  useActionKeys();
  useAppLanguage();

  return (
    <>
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'new' && <DetailsScreen />}
      {route.name === 'details' && <DetailsScreen id={route.id} key={route.id} />}
      {route.name === 'workshop' && <WorkshopScreen id={route.id} key={route.id} />}
      <ConfirmHost />
      <Notices />
    </>
  );
}
