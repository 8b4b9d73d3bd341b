import type { GroupId, WorkshopId } from '../../shared/model';
import { hasPrefix } from '../../shared/lib/ids';

// Apart from the route's hook (React): the window's first script reads the route too.

/** Where this window is, kept in the URL's hash so a reload lands on the same screen. */
export type Route =
  | { name: 'library' }
  | { name: 'new' }
  | { name: 'workshop'; id: WorkshopId }
  | { name: 'details'; id: WorkshopId }
  /** The board as one group sees it, for when the screen is handed to that group. */
  | { name: 'group'; id: WorkshopId; groupId: GroupId }
  /** The shared screen handed to the participants: each picks a group and writes. */
  | { name: 'capture'; id: WorkshopId };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'new') return { name: 'new' };
  if (parts[0] === 'workshop' && parts[1] && hasPrefix('workshop', parts[1])) {
    if (parts[2] === 'as' && parts[3] && hasPrefix('group', parts[3])) return { name: 'group', id: parts[1], groupId: parts[3] };
    if (parts[2] === 'capture') return { name: 'capture', id: parts[1] };
    return parts[2] === 'details' ? { name: 'details', id: parts[1] } : { name: 'workshop', id: parts[1] };
  }
  return { name: 'library' };
}
