import { perform, postStickiesAction } from './actions';
import { deriveLanes } from '../shared/model';
import { db } from './db';
import { openBareStickyTable } from './db/bench-floor';

/**
 * Profiling builds only (`vite build --mode profile`, made by `npm run bench`): what the
 * benchmark calls to post through the app's own actions and to compare with a bare Dexie table.
 * In every other build this module's body is removed.
 */
if (import.meta.env.MODE === 'profile') {
  (window as unknown as { __outmodelBench: unknown }).__outmodelBench = { db, perform, postStickiesAction, deriveLanes, openBareStickyTable };
}
