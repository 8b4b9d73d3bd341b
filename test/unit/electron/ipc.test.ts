import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ForeignSenderError,
  INVOKE_CHANNELS,
  registerIpcHandlers,
  sendAudienceEvent,
  sendMenuCommand,
  sendToRenderer,
} from '../../../electron/main/ipc';
import {
  IPC_CHANNELS,
  ROOM_CHANNELS,
  type AudienceState,
  type DisplayInfo,
  type ExportResult,
  type OpenAudience,
  type OpenedFile,
  type SnapshotInfo,
} from '../../../shared/ipc';
import { BrowserWindow, app, ipcMain, reset } from '../../fakes/electron';

const APP_PAGE = 'app://outmodel/index.html';
const AUDIENCE_PAGE = 'app://outmodel/index.html?role=audience#/workshop/workshop%3Aabc';
const FOREIGN_FRAMES = ['https://evil.example/', 'file:///index.html', 'app://evil.example/index.html', 'http://127.0.0.1:5174/', ''];
/** Channels main sends on; the renderer never invokes them. */
const MESSAGE_CHANNELS = [IPC_CHANNELS.audienceEvent, IPC_CHANNELS.menuCommand, IPC_CHANNELS.fileOpened];

let versionReads: number;
let calls: string[];
let displays: unknown;
let openReply: unknown;
let exportReply: unknown;
let waitingFiles: OpenedFile[];
let takenBy: unknown[];
let snapshotReplies: { write: unknown; list: unknown; read: unknown; deleteWorkshop: unknown };

const DISPLAYS: DisplayInfo[] = [
  { id: 1, label: 'Display 1 (1920 × 1080)', primary: true, width: 1920, height: 1080 },
  { id: 2, label: 'Display 2 (1280 × 720)', primary: false, width: 1280, height: 720 },
];
const OPEN_STATE: AudienceState = { open: true, displayId: 2, fullScreen: true };
const SNAPSHOT: SnapshotInfo = {
  id: 'workshop-abc-123.20260312T090000000Z-phase-0a1b2c3d.outmodel',
  workshopId: 'workshop:abc-123',
  title: 'Release retro',
  reason: 'phase',
  takenAt: '2026-03-12T09:00:00.000Z',
  bytes: 28,
};

function register(version: unknown = '1.2.3'): void {
  registerIpcHandlers({
    ipcMain,
    app: {
      getVersion: () => {
        versionReads += 1;
        return version as string;
      },
    },
    audience: {
      listDisplays: () => {
        calls.push('listDisplays');
        return displays as DisplayInfo[];
      },
      open: async (request: OpenAudience) => {
        calls.push(`open ${JSON.stringify(request)}`);
        return openReply as AudienceState;
      },
      close: () => {
        calls.push('close');
      },
    },
    files: {
      export: async (request) => {
        calls.push(`export ${request.format} ${request.suggestedName}`);
        return exportReply as ExportResult;
      },
      takeOpened: (sender) => {
        calls.push('takeOpened');
        takenBy.push(sender);
        return waitingFiles;
      },
    },
    snapshots: {
      write: async (request) => {
        calls.push(`writeSnapshot ${request.workshopId} ${request.reason} ${request.content.length} keep ${request.keep}`);
        return snapshotReplies.write as SnapshotInfo;
      },
      list: async () => {
        calls.push('listSnapshots');
        return snapshotReplies.list as SnapshotInfo[];
      },
      read: async (id) => {
        calls.push(`readSnapshot ${id}`);
        return snapshotReplies.read as string;
      },
      deleteWorkshop: async (workshopId) => {
        calls.push(`deleteSnapshots ${workshopId}`);
        return snapshotReplies.deleteWorkshop as number;
      },
    },
    room: roomDouble(),
    platform: 'linux',
  });
}

/** Room join's side of main, recording what the channels asked of it. */
function roomDouble() {
  return {
    interfaces: () => [{ name: 'This computer only (127.0.0.1)', address: '127.0.0.1' }],
    start: async (request: { address: string }) => {
      calls.push(`startRoom ${request.address}`);
      return { running: true as const, url: `http://${request.address}:4300/`, code: 'ACDEFG', address: request.address, port: 4300, phones: 0 };
    },
    stop: async () => {
      calls.push('stopRoom');
      return { running: false as const };
    },
    status: () => ({ running: false as const }),
    publish: () => void calls.push('publishRoom'),
    answer: (id: string, answer: { ok: boolean }) => void calls.push(`answerRoom ${id} ${answer.ok}`),
  };
}

beforeEach(() => {
  reset();
  versionReads = 0;
  calls = [];
  displays = DISPLAYS;
  openReply = OPEN_STATE;
  exportReply = { status: 'saved', path: '/home/sam/minutes.md' };
  waitingFiles = [];
  takenBy = [];
  snapshotReplies = { write: SNAPSHOT, list: [SNAPSHOT], read: '{"type":"outmodel-workshop"}', deleteWorkshop: 3 };
});

describe('IPC handlers', () => {
  it('handles every channel the renderer invokes, and no other', () => {
    register();
    const invoked = [...Object.values(IPC_CHANNELS), ROOM_CHANNELS.interfaces, ROOM_CHANNELS.start, ROOM_CHANNELS.stop, ROOM_CHANNELS.status, ROOM_CHANNELS.publish, ROOM_CHANNELS.answer].filter(
      (channel) => !(MESSAGE_CHANNELS as string[]).includes(channel),
    );
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invoked].sort());
    expect([...INVOKE_CHANNELS].sort()).toEqual([...invoked].sort());
  });

  it('answers getAppInfo to the app page', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, APP_PAGE)).resolves.toEqual({
      name: 'Outmodel',
      version: '1.2.3',
      shell: 'electron',
      os: 'linux',
    });
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, 'app://outmodel/index.html?role=audience')).resolves.toMatchObject({
      name: 'Outmodel',
    });
  });

  it.each(FOREIGN_FRAMES)('rejects a call from a frame at %j before doing any work', async (senderUrl) => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, senderUrl)).rejects.toBeInstanceOf(ForeignSenderError);
    expect(versionReads).toBe(0);
  });

  it('rejects a call whose frame is gone', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, null)).rejects.toBeInstanceOf(ForeignSenderError);
  });

  it('rejects arguments the contract does not declare', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, APP_PAGE, { extra: true })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('validates its own reply against the schema', async () => {
    register(null);
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, APP_PAGE)).rejects.toBeInstanceOf(z.ZodError);
    expect(versionReads).toBe(1);
  });
});

describe('the audience channels', () => {
  it('lists the displays', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.listDisplays, APP_PAGE)).resolves.toEqual(DISPLAYS);
  });

  it('opens the room’s window with the validated request and replies with its state', async () => {
    register();
    const request = { workshopId: 'workshop:abc-123', displayId: 2 };
    await expect(ipcMain.invoke(IPC_CHANNELS.openAudience, APP_PAGE, request)).resolves.toEqual(OPEN_STATE);
    await expect(ipcMain.invoke(IPC_CHANNELS.openAudience, APP_PAGE, { workshopId: 'workshop:abc-123', displayId: null })).resolves.toEqual(
      OPEN_STATE,
    );
    expect(calls).toEqual([`open ${JSON.stringify(request)}`, `open ${JSON.stringify({ workshopId: 'workshop:abc-123', displayId: null })}`]);
  });

  it('closes the room’s window, replying nothing', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.closeAudience, AUDIENCE_PAGE)).resolves.toBeUndefined();
    expect(calls).toEqual(['close']);
  });

  it.each([
    ['no request', []],
    ['a request that is not an object', ['workshop:abc']],
    ['a workshop id of another kind', [{ workshopId: 'sticky:abc', displayId: null }]],
    ['a workshop id that could escape the address', [{ workshopId: 'workshop:abc/../../etc', displayId: null }]],
    ['a display id that is not an integer', [{ workshopId: 'workshop:abc', displayId: 1.5 }]],
    ['a display id as text', [{ workshopId: 'workshop:abc', displayId: '2' }]],
    ['no display id at all', [{ workshopId: 'workshop:abc' }]],
    ['a second argument', [{ workshopId: 'workshop:abc', displayId: null }, 'extra']],
  ])('refuses to open with %s, doing nothing', async (_what, args) => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.openAudience, APP_PAGE, ...args)).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual([]);
  });

  it.each([
    [IPC_CHANNELS.listDisplays, []],
    [IPC_CHANNELS.openAudience, [{ workshopId: 'workshop:abc', displayId: null }]],
    [IPC_CHANNELS.closeAudience, []],
  ] as const)('%s refuses every foreign frame before doing any work', async (channel, args) => {
    register();
    for (const senderUrl of [...FOREIGN_FRAMES, null]) {
      await expect(ipcMain.invoke(channel, senderUrl, ...args)).rejects.toBeInstanceOf(ForeignSenderError);
    }
    expect(calls).toEqual([]);
  });

  it('refuses extra arguments to listDisplays and closeAudience', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.listDisplays, APP_PAGE, 'all')).rejects.toBeInstanceOf(z.ZodError);
    await expect(ipcMain.invoke(IPC_CHANNELS.closeAudience, APP_PAGE, true)).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual([]);
  });

  it('checks its replies against the contract', async () => {
    register();
    displays = [{ id: 1, label: 'x'.repeat(201), primary: true, width: 1, height: 1 }];
    openReply = { open: 'yes' };
    await expect(ipcMain.invoke(IPC_CHANNELS.listDisplays, APP_PAGE)).rejects.toBeInstanceOf(z.ZodError);
    await expect(ipcMain.invoke(IPC_CHANNELS.openAudience, APP_PAGE, { workshopId: 'workshop:abc', displayId: null })).rejects.toBeInstanceOf(
      z.ZodError,
    );
  });
});

describe('the file channels', () => {
  const request = { format: 'markdown', suggestedName: 'Release week – minutes', content: '# Minutes' };

  it('hands a valid export to the writer and replies with where it went', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.exportFile, APP_PAGE, request)).resolves.toEqual({ status: 'saved', path: '/home/sam/minutes.md' });
    expect(calls).toEqual(['export markdown Release week – minutes']);
  });

  it.each([
    ['an unknown format', { ...request, format: 'exe' }],
    ['no content', { format: 'markdown', suggestedName: 'x' }],
    ['an empty name', { ...request, suggestedName: '' }],
    ['content that is not text', { ...request, content: { html: '<b>' } }],
  ])('refuses an export with %s, writing nothing', async (_what, bad) => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.exportFile, APP_PAGE, bad)).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual([]);
  });

  it('refuses an export from a foreign frame before doing any work', async () => {
    register();
    for (const senderUrl of [...FOREIGN_FRAMES, null]) {
      await expect(ipcMain.invoke(IPC_CHANNELS.exportFile, senderUrl, request)).rejects.toBeInstanceOf(ForeignSenderError);
      await expect(ipcMain.invoke(IPC_CHANNELS.takeOpenedFiles, senderUrl)).rejects.toBeInstanceOf(ForeignSenderError);
    }
    expect(calls).toEqual([]);
  });

  it('gives the waiting files to the page that asks, and remembers that page', async () => {
    register();
    waitingFiles = [{ name: 'retro.outmodel', text: '{}', problem: null }];
    await expect(ipcMain.invoke(IPC_CHANNELS.takeOpenedFiles, APP_PAGE)).resolves.toEqual(waitingFiles);
    expect(takenBy).toHaveLength(1);
    expect((takenBy[0] as { getURL(): string }).getURL()).toBe(APP_PAGE);
  });

  it('checks the writer’s reply against the contract', async () => {
    register();
    exportReply = { status: 'maybe' };
    await expect(ipcMain.invoke(IPC_CHANNELS.exportFile, APP_PAGE, request)).rejects.toBeInstanceOf(z.ZodError);
  });
});

describe('the snapshot channels', () => {
  const write = { workshopId: 'workshop:abc-123', title: 'Release retro', reason: 'phase', content: '{"type":"outmodel-workshop"}', keep: 20 };
  const CALLS: Array<[string, unknown[]]> = [
    [IPC_CHANNELS.writeSnapshot, [write]],
    [IPC_CHANNELS.listSnapshots, []],
    [IPC_CHANNELS.readSnapshot, [SNAPSHOT.id]],
    [IPC_CHANNELS.deleteSnapshots, ['workshop:abc-123']],
  ];

  it('hands each valid call to the store and replies with its answer', async () => {
    register();
    await expect(ipcMain.invoke(IPC_CHANNELS.writeSnapshot, APP_PAGE, write)).resolves.toEqual(SNAPSHOT);
    await expect(ipcMain.invoke(IPC_CHANNELS.listSnapshots, APP_PAGE)).resolves.toEqual([SNAPSHOT]);
    await expect(ipcMain.invoke(IPC_CHANNELS.readSnapshot, APP_PAGE, SNAPSHOT.id)).resolves.toBe('{"type":"outmodel-workshop"}');
    await expect(ipcMain.invoke(IPC_CHANNELS.deleteSnapshots, APP_PAGE, 'workshop:abc-123')).resolves.toBe(3);
    expect(calls).toEqual([
      'writeSnapshot workshop:abc-123 phase 28 keep 20',
      'listSnapshots',
      `readSnapshot ${SNAPSHOT.id}`,
      'deleteSnapshots workshop:abc-123',
    ]);
  });

  it.each(CALLS)('%s refuses every foreign frame before doing any work', async (channel, args) => {
    register();
    for (const senderUrl of [...FOREIGN_FRAMES, null]) {
      await expect(ipcMain.invoke(channel, senderUrl, ...args)).rejects.toBeInstanceOf(ForeignSenderError);
    }
    expect(calls).toEqual([]);
  });

  it.each([
    ['a write with no request', IPC_CHANNELS.writeSnapshot, []],
    ['a write for a workshop id that could escape the folder', IPC_CHANNELS.writeSnapshot, [{ ...write, workshopId: 'workshop:../../etc' }]],
    ['a write with an unknown reason', IPC_CHANNELS.writeSnapshot, [{ ...write, reason: 'whim' }]],
    ['a write keeping none', IPC_CHANNELS.writeSnapshot, [{ ...write, keep: 0 }]],
    ['a write keeping too many', IPC_CHANNELS.writeSnapshot, [{ ...write, keep: 201 }]],
    ['a write keeping a fraction', IPC_CHANNELS.writeSnapshot, [{ ...write, keep: 2.5 }]],
    ['a write with no content', IPC_CHANNELS.writeSnapshot, [{ ...write, content: '' }]],
    ['a write with a title too long', IPC_CHANNELS.writeSnapshot, [{ ...write, title: 'x'.repeat(201) }]],
    ['a list with an argument', IPC_CHANNELS.listSnapshots, ['workshop:abc-123']],
    ['a read of a path', IPC_CHANNELS.readSnapshot, ['../../etc/passwd']],
    ['a read of a folder path', IPC_CHANNELS.readSnapshot, ['workshop-abc-123/20260312T090000000Z-phase-0a1b2c3d.outmodel']],
    ['a read of a Windows path', IPC_CHANNELS.readSnapshot, ['..\\secrets']],
    ['a read of nothing', IPC_CHANNELS.readSnapshot, []],
    ['a read of a number', IPC_CHANNELS.readSnapshot, [42]],
    ['a deletion of another kind of id', IPC_CHANNELS.deleteSnapshots, ['sticky:abc']],
    ['a deletion that climbs', IPC_CHANNELS.deleteSnapshots, ['workshop:../abc']],
    ['a deletion with a second argument', IPC_CHANNELS.deleteSnapshots, ['workshop:abc-123', 'everything']],
  ] as const)('refuses %s, doing nothing', async (_what, channel, args) => {
    register();
    await expect(ipcMain.invoke(channel, APP_PAGE, ...args)).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual([]);
  });

  it('checks the store’s replies against the contract', async () => {
    register();
    snapshotReplies = { write: { ...SNAPSHOT, id: '../x' }, list: [{ ...SNAPSHOT, reason: 'whim' }], read: 42, deleteWorkshop: -1 };
    for (const [channel, args] of CALLS) {
      await expect(ipcMain.invoke(channel, APP_PAGE, ...args)).rejects.toBeInstanceOf(z.ZodError);
    }
  });

  it('passes on the store’s refusal', async () => {
    registerIpcHandlers({
      ipcMain,
      app: { getVersion: () => '1' },
      audience: { listDisplays: () => [], open: async () => OPEN_STATE, close: () => undefined },
      files: { export: async () => ({ status: 'cancelled' }), takeOpened: () => [] },
      snapshots: {
        write: async () => Promise.reject(new Error('ENOSPC: no space left on device')),
        list: async () => [],
        read: async (id) => Promise.reject(new Error(`The snapshot ${id} is no longer kept`)),
        deleteWorkshop: async () => 0,
      },
      room: roomDouble(),
    });
    await expect(ipcMain.invoke(IPC_CHANNELS.writeSnapshot, APP_PAGE, write)).rejects.toThrow('ENOSPC');
    await expect(ipcMain.invoke(IPC_CHANNELS.readSnapshot, APP_PAGE, SNAPSHOT.id)).rejects.toThrow('no longer kept');
  });
});

describe('the room join channels', () => {
  it('starts and stops room join for the app page only, and checks what it asks for', async () => {
    register();
    await expect(ipcMain.invoke(ROOM_CHANNELS.start, APP_PAGE, { address: '127.0.0.1' })).resolves.toMatchObject({ running: true, code: 'ACDEFG' });
    await expect(ipcMain.invoke(ROOM_CHANNELS.stop, APP_PAGE)).resolves.toEqual({ running: false });
    for (const frame of FOREIGN_FRAMES) await expect(ipcMain.invoke(ROOM_CHANNELS.start, frame, { address: '127.0.0.1' })).rejects.toBeInstanceOf(ForeignSenderError);
    await expect(ipcMain.invoke(ROOM_CHANNELS.start, APP_PAGE, { address: '127.0.0.1', port: 99999 })).rejects.toBeInstanceOf(z.ZodError);
    await expect(ipcMain.invoke(ROOM_CHANNELS.start, APP_PAGE, { address: '127.0.0.1', then: 'more' })).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual(['startRoom 127.0.0.1', 'stopRoom']);
  });

  it('takes an answer or published views only in the contract’s shape', async () => {
    register();
    await ipcMain.invoke(ROOM_CHANNELS.answer, APP_PAGE, { id: 'c1', answer: { ok: true } });
    await expect(ipcMain.invoke(ROOM_CHANNELS.answer, APP_PAGE, { id: 'c1', answer: { ok: 'yes' } })).rejects.toBeInstanceOf(z.ZodError);
    await expect(ipcMain.invoke(ROOM_CHANNELS.answer, APP_PAGE, { id: 'c1', answer: { ok: false, refusal: 'because' } })).rejects.toBeInstanceOf(z.ZodError);
    await ipcMain.invoke(ROOM_CHANNELS.publish, APP_PAGE, { groups: [], askNames: false, views: {}, ballots: {} });
    await expect(ipcMain.invoke(ROOM_CHANNELS.publish, APP_PAGE, { groups: [], askNames: false, views: {}, ballots: {}, secret: 1 })).rejects.toBeInstanceOf(z.ZodError);
    expect(calls).toEqual(['answerRoom c1 true', 'publishRoom']);
  });
});

describe('messages from main', () => {
  function page(url = APP_PAGE) {
    app.markReady();
    const window = new BrowserWindow();
    void window.loadURL(url);
    return window;
  }

  it('sends a validated audience event to the app’s page', () => {
    const window = page();
    expect(sendAudienceEvent(window.webContents as unknown as WebContents, { kind: 'closed', reason: 'display-removed' })).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'audience:event', args: [{ kind: 'closed', reason: 'display-removed' }] }]);
  });

  it('sends a validated menu command', () => {
    const window = page();
    expect(sendMenuCommand(window.webContents as unknown as WebContents, 'undo')).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['undo'] }]);
  });

  it('refuses to send a payload that breaks the contract', () => {
    const window = page();
    expect(() => sendToRenderer(window.webContents as unknown as WebContents, 'menu:command', 'deleteEverything' as never)).toThrow(z.ZodError);
    expect(() =>
      sendToRenderer(window.webContents as unknown as WebContents, 'audience:event', { kind: 'closed', reason: 'unplugged' } as never),
    ).toThrow(z.ZodError);
    expect(window.webContents.sent).toEqual([]);
  });

  it('sends nothing to a page that is gone, missing, or not the app', () => {
    const foreign = page('https://evil.example/');
    expect(sendMenuCommand(foreign.webContents as unknown as WebContents, 'undo')).toBe(false);
    expect(foreign.webContents.sent).toEqual([]);

    const closed = page();
    closed.close();
    expect(sendMenuCommand(closed.webContents as unknown as WebContents, 'undo')).toBe(false);
    expect(sendMenuCommand(null, 'undo')).toBe(false);
  });
});
