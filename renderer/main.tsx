import './zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-hebrew/hebrew-400.css';
import '@fontsource/noto-sans-hebrew/hebrew-700.css';
import { FacilitatorApp, preloadScreenOf } from './app/FacilitatorApp';
import { lazyScreen } from './app/lazyScreen';
import { parseRoute, type Route } from './app/route';
import { storagePersistence, windowRole } from './platform';
import {
  checkStorage,
  ensureSampleSeeded,
  latestPerWorkshop,
  libraryLooksLost,
  listSnapshots,
  markRecovered,
  readSettings,
  reopenDatabase,
  readSnapshot,
  readLibraryEarly,
  readWorkshopEarly,
  deleteUnreadableDatabase,
  restoreFromBackup,
  snapshotBeforeUpgrade,
  storedVersionSeen,
} from './db';
import { RecoveryScreen, type RecoveryCase } from './features/recovery';
import type { SnapshotInfo } from '../shared/ipc';
import { setStorageReopener } from './actions';
import { initI18n, resolveLanguage, translate } from './i18n';
import { prepareWorkshopDates } from './ui/dates';
import './styles/base.css';
import './bench-hooks';

// Every violation of the content security policy is reported, never silent: something tried to
// load or run what the app does not allow (the end-to-end tests fail on it).
document.addEventListener('securitypolicyviolation', (event) => {
  console.error(`Content security policy violation: ${event.violatedDirective} refused ${event.blockedURI || 'inline content'} in ${event.sourceFile || 'the page'}`);
});

function showStartupError(error: unknown) {
  const box = document.createElement('div');
  box.className = 'startup-error';
  box.setAttribute('role', 'alert');
  // Text only: the reason may quote anything.
  box.textContent = translate('app.startupError', { reason: error instanceof Error ? error.message : String(error) });
  document.body.replaceChildren(box);
}

// The room's window loads its own screens; the facilitator's window never parses them.
const AudienceApp = lazyScreen(() => import('./app/AudienceApp').then((m) => m.AudienceApp));

function render(node: ReactNode) {
  createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>);
}

/** Snapshots chosen for a restore that needs a fresh start first (the unreadable storage was deleted). */
const PENDING_RESTORE = 'outmodel-pending-restore';

async function restoreSnapshots(ids: readonly string[], snapshots: readonly SnapshotInfo[]) {
  for (const id of ids) {
    const read = await readSnapshot(id);
    if (!read.ok) throw new Error(translate('snapshots.damaged', { title: snapshots.find((s) => s.id === id)?.title ?? id }));
    await restoreFromBackup(read.bundle);
  }
  await markRecovered();
}

/** The facilitator's window offers the snapshots when the workshops look lost; otherwise the app. */
async function startFacilitator(language: string, problem: RecoveryCase | null, lookup: Promise<[SnapshotInfo[], boolean | null]>) {
  const [snapshots, lost] = await lookup;
  const looksLost = !problem && lost === true;
  // Not lost: the lookup read the mark the sample leaves, so the sample needs no transaction.
  const seeded = lost === false;
  const pending = sessionStorage.getItem(PENDING_RESTORE);
  if (pending && !problem) {
    sessionStorage.removeItem(PENDING_RESTORE);
    await restoreSnapshots(JSON.parse(pending) as string[], snapshots);
  } else if (!problem && snapshots.length > 0 && looksLost) problem = { kind: 'missing' };
  if (problem && snapshots.length === 0) {
    if (problem.kind === 'unreadable') return showStartupError(new Error(problem.reason));
    problem = null;
  }
  const startApp = async () => {
    if (!seeded) await ensureSampleSeeded(language);
    render(<FacilitatorApp />);
  };
  if (!problem) return startApp();
  const current = problem;
  render(
    <RecoveryScreen
      problem={current}
      latest={latestPerWorkshop(snapshots)}
      onRestore={async (chosen) => {
        if (current.kind === 'unreadable') {
          sessionStorage.setItem(PENDING_RESTORE, JSON.stringify(chosen.map((s) => s.id)));
          await deleteUnreadableDatabase();
        } else await restoreSnapshots(chosen.map((s) => s.id), snapshots);
        window.location.reload();
      }}
      onSkip={() => (current.kind === 'unreadable' ? showStartupError(new Error(current.reason)) : void startApp())}
    />,
  );
}

function readEarlyFor(route: Route): Promise<void> {
  if (route.name === 'library') return readLibraryEarly();
  if (route.name === 'workshop' || route.name === 'group' || route.name === 'capture') return readWorkshopEarly(route.id);
  return Promise.resolve();
}

async function start() {
  setStorageReopener(reopenDatabase);
  let language = resolveLanguage(undefined);
  const facilitator = windowRole() !== 'audience';
  let problem: RecoveryCase | null = null;
  let translations: Promise<unknown> | null = null;
  // The code of the screen this window opens on loads while the storage is checked, and what the
  // screen shows is read meanwhile: the library, or the workshop (a reload, a restart on a board).
  const route = parseRoute(window.location.hash);
  let screen = facilitator ? preloadScreenOf(route) : AudienceApp.preload();
  let lookup: Promise<[SnapshotInfo[], boolean | null]> = Promise.resolve([[], null]);
  try {
    // Before the database is upgraded to a newer shape, its workshops are kept as they are.
    if (facilitator) await snapshotBeforeUpgrade({ seen: await storedVersionSeen() }).catch(() => 0);
    // The storage check first: its transaction writes, so one asked after the reads would wait for them.
    const checked = facilitator ? checkStorage() : null;
    checked?.catch(() => undefined);
    if (facilitator) screen = Promise.all([screen, readEarlyFor(route)]).then(() => undefined);
    // The snapshots (their own store), and whether the library looks lost (read once the check's
    // transaction, asked first, is done).
    if (facilitator) lookup = Promise.all([listSnapshots().catch(() => []), libraryLooksLost().catch(() => null)]);
    if (facilitator) void storagePersistence().catch(() => null);
    language = resolveLanguage((await readSettings()).language);
    // The translations are set up while the storage is checked.
    translations = initI18n(language);
    // Made while the storage is waited for, not while the first screen is drawn.
    setTimeout(() => prepareWorkshopDates(language));
    await checked;
  } catch (error) {
    problem = { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  await (translations ?? initI18n(language));
  if (!facilitator) {
    if (problem) return showStartupError(new Error(problem.kind === 'unreadable' ? problem.reason : ''));
    await screen;
    return render(<AudienceApp />);
  }
  try {
    await screen;
    await startFacilitator(language, problem, lookup);
  } catch (error) {
    showStartupError(error);
  }
}

void start();
