import { mkdir, mkdtemp, open as openFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOutmodel } from '../../../electron/main/lifecycle';
import { SnapshotNotFoundError, SnapshotStore, snapshotFolderName, type SnapshotFs } from '../../../electron/main/snapshots';
import { IPC_CHANNELS, SnapshotIdSchema, SnapshotInfoSchema, type SnapshotInfo, type SnapshotReason, type SnapshotWrite } from '../../../shared/ipc';
import { app, ipcMain, reset } from '../../fakes/electron';

let userData: string;
let root: string;
let clock: number;

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'outmodel-snapshots-test-'));
  root = path.join(userData, 'snapshots');
  clock = Date.parse('2026-03-12T09:00:00.000Z');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

/** A store whose clock moves on a minute per snapshot unless a test sets it. */
function store(fs: Partial<SnapshotFs> = {}): SnapshotStore {
  return new SnapshotStore(root, { fs, now: () => new Date(clock) });
}

const RETRO = 'workshop:retro-1';
const PLANNING = 'workshop:planning-2';

function workshopFile(label: string): string {
  return JSON.stringify({ type: 'outmodel-workshop', version: 1, label, stickies: [{ text: `${label} – שלום ✓` }] });
}

function request(workshopId: string, label: string, overrides: Partial<SnapshotWrite> = {}): SnapshotWrite {
  return { workshopId, title: `Title of ${label}`, reason: 'interval', content: workshopFile(label), keep: 20, ...overrides };
}

async function take(target: SnapshotStore, workshopId: string, label: string, overrides: Partial<SnapshotWrite> = {}) {
  const info = await target.write(request(workshopId, label, overrides));
  clock += 60_000;
  return info;
}

async function contents(target: SnapshotStore, workshopId: string): Promise<unknown[]> {
  const mine = (await target.list()).filter((info) => info.workshopId === workshopId);
  return Promise.all(mine.map(async (info) => (JSON.parse(await target.read(info.id)) as { label: string }).label));
}

async function filesOf(workshopId: string): Promise<string[]> {
  return (await readdir(path.join(root, snapshotFolderName(workshopId)))).sort();
}

describe('writing a snapshot', () => {
  it('keeps the workshop file whole in its workshop’s folder and describes it', async () => {
    const s = store();
    const content = workshopFile('first');
    const info = await s.write({ workshopId: RETRO, title: 'Release retro', reason: 'phase', content, keep: 5 });
    expect(info).toEqual({
      id: 'workshop-retro-1.20260312T090000000Z-phase-' + info.id.slice(-17, -9) + '.outmodel',
      workshopId: RETRO,
      title: 'Release retro',
      reason: 'phase',
      takenAt: '2026-03-12T09:00:00.000Z',
      bytes: Buffer.byteLength(content, 'utf8'),
    });
    expect(info.bytes).toBeGreaterThan(content.length);
    expect(SnapshotInfoSchema.parse(info)).toEqual(info);
    expect(await readdir(root)).toEqual(['workshop-retro-1']);
    const [snapshotFile] = (await filesOf(RETRO)).filter((name) => name.endsWith('.outmodel'));
    expect(await filesOf(RETRO)).toEqual(['20260312T090000000Z-phase-' + info.id.slice(-17, -9) + '.outmodel', 'meta.json']);
    expect(await readFile(path.join(root, 'workshop-retro-1', snapshotFile ?? ''), 'utf8')).toBe(content);
    expect(await s.read(info.id)).toBe(content);
  });

  it('gives every snapshot its own id, in order, even within one millisecond or with the clock set back', async () => {
    const s = store();
    const first = await s.write(request(RETRO, 'a'));
    const sameMoment = await s.write(request(RETRO, 'b'));
    clock -= 3_600_000;
    const clockSetBack = await s.write(request(RETRO, 'c', { keep: 2 }));
    expect(new Set([first.id, sameMoment.id, clockSetBack.id]).size).toBe(3);
    for (const { id } of [first, sameMoment, clockSetBack]) expect(SnapshotIdSchema.safeParse(id).success).toBe(true);
    expect(Date.parse(sameMoment.takenAt)).toBeGreaterThan(Date.parse(first.takenAt));
    expect(Date.parse(clockSetBack.takenAt)).toBeGreaterThan(Date.parse(sameMoment.takenAt));
    // The newest write is the one kept, not the one the clock would call newest.
    expect(await contents(s, RETRO)).toEqual(['c', 'b']);
  });

  it('queues writes made at once, and keeps each of them whole', async () => {
    const s = store();
    const infos = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((label) => s.write(request(RETRO, label, { keep: 3 }))));
    expect(new Set(infos.map((info) => info.id)).size).toBe(5);
    expect(await contents(s, RETRO)).toEqual(['e', 'd', 'c']);
  });

  it('refuses a request outside the contract and writes nothing', async () => {
    const s = store();
    await expect(s.write(request('workshop:../../etc', 'x'))).rejects.toThrow();
    await expect(s.write(request('sticky:abc', 'x'))).rejects.toThrow();
    await expect(s.write(request(RETRO, 'x', { keep: 0 }))).rejects.toThrow();
    await expect(s.write({ ...request(RETRO, 'x'), reason: 'whim' as SnapshotReason })).rejects.toThrow();
    await expect(readdir(root)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('rotation', () => {
  it('keeps exactly the configured number of the newest, and never touches another workshop’s', async () => {
    const s = store();
    await take(s, PLANNING, 'plan 1', { keep: 3 });
    await take(s, PLANNING, 'plan 2', { keep: 3 });
    for (const label of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']) await take(s, RETRO, label, { keep: 4 });
    expect(await contents(s, RETRO)).toEqual(['r6', 'r5', 'r4', 'r3']);
    expect(await contents(s, PLANNING)).toEqual(['plan 2', 'plan 1']);

    // A smaller number takes effect at the next snapshot.
    await take(s, RETRO, 'r7', { keep: 2 });
    expect(await contents(s, RETRO)).toEqual(['r7', 'r6']);
    expect((await filesOf(RETRO)).filter((name) => name.endsWith('.outmodel'))).toHaveLength(2);
    expect(await contents(s, PLANNING)).toEqual(['plan 2', 'plan 1']);

    await take(s, RETRO, 'r8', { keep: 1 });
    expect(await contents(s, RETRO)).toEqual(['r8']);
    expect(await filesOf(RETRO)).toHaveLength(2); // the snapshot and meta.json
  });
});

describe('listing', () => {
  it('lists every workshop’s snapshots newest first, with the title and reason each was taken with', async () => {
    const s = store();
    const reasons: Array<[string, string, SnapshotReason]> = [
      [RETRO, 'Release retro', 'interval'],
      [PLANNING, 'Planning', 'phase'],
      [RETRO, 'Release retro (renamed)', 'before-import'],
      [PLANNING, 'Planning', 'manual'],
    ];
    const written = [];
    for (const [workshopId, title, reason] of reasons) written.push(await take(s, workshopId, title, { title, reason }));
    const listed = await s.list();
    expect(listed).toEqual([...written].reverse());
    expect(listed.map((info) => [info.workshopId, info.title, info.reason, info.takenAt])).toEqual([
      [PLANNING, 'Planning', 'manual', '2026-03-12T09:03:00.000Z'],
      [RETRO, 'Release retro (renamed)', 'before-import', '2026-03-12T09:02:00.000Z'],
      [PLANNING, 'Planning', 'phase', '2026-03-12T09:01:00.000Z'],
      [RETRO, 'Release retro', 'interval', '2026-03-12T09:00:00.000Z'],
    ]);
    for (const info of listed) expect(info.bytes).toBe(Buffer.byteLength(await s.read(info.id), 'utf8'));
  });

  it('is empty before the first snapshot', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('ignores what is not a snapshot, and loses only titles when meta.json is damaged', async () => {
    const s = store();
    const kept = await take(s, RETRO, 'kept', { title: 'Release retro' });
    const folder = path.join(root, 'workshop-retro-1');
    await writeFile(path.join(folder, 'notes.txt'), 'not a snapshot');
    await writeFile(path.join(folder, '20260312T090000000Z-interval-zzzzzzzz.outmodel'), '{}');
    await mkdir(path.join(root, 'not-a-workshop'));
    await writeFile(path.join(root, 'not-a-workshop', kept.id.split('.').slice(1).join('.')), '{}');
    await writeFile(path.join(root, 'stray.outmodel'), '{}');
    expect(await s.list()).toEqual([kept]);

    await writeFile(path.join(folder, 'meta.json'), '{"version":1,"titl');
    expect(await s.list()).toEqual([{ ...kept, title: '' }]);
  });
});

describe('reading a snapshot', () => {
  it.each([
    ['a path with slashes', 'workshop-retro-1/20260312T090000000Z-interval-00000000.outmodel'],
    ['a Windows path', 'workshop-retro-1\\20260312T090000000Z-interval-00000000.outmodel'],
    ['a climb out of the store', '../../etc/passwd'],
    ['dots that climb', '..'],
    ['a workshop folder reached through ..', 'workshop-retro-1...outmodel'],
    ['an absolute path', '/etc/passwd'],
    ['the titles file', 'workshop-retro-1.meta.json'],
    ['a temporary file', 'workshop-retro-1..20260312T090000000Z-interval-00000000.outmodel.0a1b2c3d4e5f.tmp'],
    ['a file beside the folders', 'stray.outmodel'],
    ['nothing', ''],
  ])('refuses %s', async (_what, id) => {
    const s = store();
    const info = await take(s, RETRO, 'real');
    const file = info.id.slice(info.id.indexOf('.') + 1);
    await writeFile(path.join(root, 'stray.outmodel'), 'outside any workshop');
    await writeFile(path.join(root, 'workshop-retro-1', `.${file}.0a1b2c3d4e5f.tmp`), 'half');
    await expect(s.read(id)).rejects.toBeInstanceOf(SnapshotNotFoundError);
  });

  it('says plainly when a snapshot is no longer kept', async () => {
    const s = store();
    const old = await take(s, RETRO, 'old', { keep: 1 });
    await take(s, RETRO, 'new', { keep: 1 });
    await expect(s.read(old.id)).rejects.toThrow(new SnapshotNotFoundError(`The snapshot ${old.id} is no longer kept: a newer one may have replaced it.`));
    await expect(s.read('workshop-nobody.20260312T090000000Z-manual-00000000.outmodel')).rejects.toBeInstanceOf(SnapshotNotFoundError);
  });
});

describe('deleting a workshop’s snapshots', () => {
  it('removes its folder and nothing else, and says how many went', async () => {
    const s = store();
    const gone = [await take(s, RETRO, 'r1'), await take(s, RETRO, 'r2'), await take(s, RETRO, 'r3')];
    await take(s, PLANNING, 'p1');
    expect(await s.deleteWorkshop(RETRO)).toBe(3);
    expect(await readdir(root)).toEqual(['workshop-planning-2']);
    expect((await s.list()).map((info) => info.workshopId)).toEqual([PLANNING]);
    for (const { id } of gone) await expect(s.read(id)).rejects.toBeInstanceOf(SnapshotNotFoundError);
    expect(await contents(s, PLANNING)).toEqual(['p1']);

    expect(await s.deleteWorkshop(RETRO)).toBe(0);
    expect(await s.deleteWorkshop('workshop:never-seen')).toBe(0);
    await expect(s.deleteWorkshop('workshop:../planning-2')).rejects.toThrow();
    await expect(s.deleteWorkshop('../snapshots')).rejects.toThrow();
    expect(await contents(s, PLANNING)).toEqual(['p1']);
  });

  it('starts afresh when the workshop is snapshotted again', async () => {
    const s = store();
    await take(s, RETRO, 'before');
    await s.deleteWorkshop(RETRO);
    await take(s, RETRO, 'after');
    expect(await contents(s, RETRO)).toEqual(['after']);
  });
});

describe('a write that fails', () => {
  async function withPrevious(): Promise<{ s: SnapshotStore; before: Awaited<ReturnType<SnapshotStore['list']>> }> {
    const s = store();
    await take(s, RETRO, 'one', { keep: 2 });
    await take(s, RETRO, 'two', { keep: 2 });
    await take(s, PLANNING, 'plan', { keep: 2 });
    return { s, before: await s.list() };
  }

  const failingFs: Record<string, Partial<SnapshotFs>> = {
    'half-way through the write (a full disk)': {
      open: (async (file: string, flags: string) => {
        const handle = await openFile(file, flags);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: string) => {
            await handle.writeFile(data.slice(0, 10));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as SnapshotFs['open'],
    },
    'at the flush': {
      open: (async (file: string, flags: string) => {
        const handle = await openFile(file, flags);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: (data: string) => handle.writeFile(data),
          sync: async () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })),
          close: () => handle.close(),
        });
      }) as SnapshotFs['open'],
    },
    'at the rename': {
      rename: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' })),
    },
  };

  it.each(Object.keys(failingFs))('%s: rejects, keeps every earlier snapshot intact, lists nothing new and leaves no temporary file', async (what) => {
    const { s, before } = await withPrevious();
    const filesBefore = await filesOf(RETRO);
    const broken = store(failingFs[what]);
    await expect(broken.write(request(RETRO, 'three', { keep: 2 }))).rejects.toThrow(/ENOSPC|EIO|EACCES/);
    expect(await s.list()).toEqual(before);
    expect(await broken.list()).toEqual(before);
    expect(await contents(s, RETRO)).toEqual(['two', 'one']);
    expect(await contents(s, PLANNING)).toEqual(['plan']);
    expect(await filesOf(RETRO)).toEqual(filesBefore);
  });

  it('a snapshot whose title could not be noted is kept all the same, under the newest title known', async () => {
    const warnings: unknown[] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
    const { s } = await withPrevious();
    const realRename = (await import('node:fs/promises')).rename;
    const titlesFail = store({
      rename: async (from, to) =>
        String(to).endsWith('meta.json') ? Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })) : realRename(from, to),
    });
    const info = await titlesFail.write(request(RETRO, 'three', { title: 'A new title', keep: 2 }));
    expect(warnings).toHaveLength(1);
    expect(await contents(s, RETRO)).toEqual(['three', 'two']);
    expect((await s.list()).find((listed) => listed.id === info.id)?.title).toBe('Title of two');
  });
});

describe('cleaning up after a crash', () => {
  it('never lists what a cut-short write or deletion left, and removes it', async () => {
    const s = store();
    const kept = [await take(s, RETRO, 'r1'), await take(s, PLANNING, 'p1')];
    const retroFolder = path.join(root, 'workshop-retro-1');
    const file = kept[0]?.id.slice(kept[0].id.indexOf('.') + 1) ?? '';
    await writeFile(path.join(retroFolder, `.20260312T100000000Z-interval-0badf00d.outmodel.9f8e7d6c5b4a.tmp`), '{"type":"outmodel-wor');
    await writeFile(path.join(retroFolder, '.meta.json.0123456789ab.tmp'), '{"vers');
    await mkdir(path.join(root, '.deleting-workshop-old-3-a1b2c3d4'));
    await writeFile(path.join(root, '.deleting-workshop-old-3-a1b2c3d4', file), workshopFile('deleted'));

    const listed = await s.list();
    expect(listed.map((info) => info.id).sort()).toEqual(kept.map((info) => info.id).sort());

    expect(await s.cleanUp()).toBe(3);
    expect(await readdir(root)).toEqual(['workshop-planning-2', 'workshop-retro-1']);
    expect(await filesOf(RETRO)).toEqual([file, 'meta.json']);
    expect(await s.list()).toEqual(listed);
    expect(await contents(s, RETRO)).toEqual(['r1']);
    expect(await s.cleanUp()).toBe(0);
  });

  it('has nothing to do when no snapshot was ever taken', async () => {
    expect(await store().cleanUp()).toBe(0);
  });
});

describe('folder names', () => {
  it('are the workshop id with its colon made a dash, and only for a well-formed id', () => {
    expect(snapshotFolderName('workshop:Ab-9')).toBe('workshop-Ab-9');
    for (const bad of ['workshop:a/b', 'workshop:..', 'workshop:a:b', 'workshop:', '../workshop:a', `workshop:${'a'.repeat(65)}`]) {
      expect(() => snapshotFolderName(bad)).toThrow();
    }
  });
});

describe('in the app', () => {
  it('keeps the snapshots in userData/snapshots, tidies that folder once on start, and answers the app’s page', async () => {
    reset();
    app.setPath('userData', userData);
    const stray = path.join(root, 'workshop-retro-1', '.20260312T090000000Z-interval-0badf00d.outmodel.0123456789ab.tmp');
    await mkdir(path.dirname(stray), { recursive: true });
    await writeFile(stray, '{"half');
    const started = startOutmodel({ rendererDir: userData, preloadPath: '/opt/Outmodel/dist-electron/preload.cjs' }, 'linux');
    app.markReady();
    await started;

    const page = 'app://outmodel/index.html';
    const info = (await ipcMain.invoke(IPC_CHANNELS.writeSnapshot, page, request(RETRO, 'from the page'))) as SnapshotInfo;
    // The write queues behind the clean-up, so the stray file is gone by now.
    expect(await filesOf(RETRO)).toEqual([info.id.slice(info.id.indexOf('.') + 1), 'meta.json']);
    await expect(ipcMain.invoke(IPC_CHANNELS.listSnapshots, page)).resolves.toEqual([info]);
    await expect(ipcMain.invoke(IPC_CHANNELS.readSnapshot, page, info.id)).resolves.toBe(workshopFile('from the page'));
    await expect(ipcMain.invoke(IPC_CHANNELS.deleteSnapshots, page, RETRO)).resolves.toBe(1);
    expect(await readdir(root)).toEqual([]);
  });
});
