import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { db, flushWorkshopTouches } from '../renderer/db';
import { useHistory, useUi, LIBRARY_SCOPE } from '../renderer/state';
import { initI18n } from '../renderer/i18n';

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(async () => {
  await db.transaction('rw', db.allTables(), () => Promise.all(db.allTables().map((t) => t.clear())));
  useUi.setState({ notices: [], scope: LIBRARY_SCOPE });
  useHistory.setState({ history: {} });
  window.location.hash = '';
});

afterEach(async () => {
  cleanup();
  // A post's "when the workshop changed" lands a moment later: within its own test, not the next.
  await flushWorkshopTouches();
});
