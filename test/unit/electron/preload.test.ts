import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DESKTOP_API_GLOBAL, IPC_CHANNELS, ROOM_CHANNELS, type DesktopApi } from '../../../shared/ipc';
import { contextBridge, ipcRenderer, reset } from '../../fakes/electron';

const APP_INFO = { name: 'Outmodel', version: '0.1.0', shell: 'electron', os: 'linux' };

beforeAll(async () => {
  reset();
  // The preload runs once, on import, as it does in the window.
  await import('../../../electron/preload/preload');
});

beforeEach(() => {
  ipcRenderer.reset();
});

function desktop(): DesktopApi {
  return contextBridge.exposed.get(DESKTOP_API_GLOBAL) as DesktopApi;
}

describe('the preload', () => {
  it('exposes one global, desktop, and nothing else', () => {
    expect(DESKTOP_API_GLOBAL).toBe('desktop');
    expect([...contextBridge.exposed.keys()]).toEqual(['desktop']);
  });

  it('exposes exactly the named functions of the DesktopApi', () => {
    const api = desktop() as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [
        'closeAudience',
        'deleteSnapshots',
        'exportFile',
        'getAppInfo',
        'listDisplays',
        'listSnapshots',
        'onAudienceEvent',
        'onFileOpened',
        'onMenuCommand',
        'openAudience',
        'readSnapshot',
        'takeOpenedFiles',
        'writeSnapshot',
        'roomInterfaces',
        'startRoom',
        'stopRoom',
        'roomStatus',
        'onRoomStatus',
        'onRoomCommand',
        'answerRoomCommand',
        'publishRoom',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    expect(Object.values(api)).not.toContain(ipcRenderer.on);
  });

  it('asks main on the getAppInfo channel, with no arguments', async () => {
    ipcRenderer.replyWith(() => APP_INFO);
    await expect(desktop().getAppInfo()).resolves.toEqual(APP_INFO);
    expect(ipcRenderer.invocations).toEqual([{ channel: IPC_CHANNELS.getAppInfo, args: [] }]);
  });

  it('rejects a reply that breaks the contract', async () => {
    ipcRenderer.replyWith(() => ({ ...APP_INFO, shell: 'node' }));
    await expect(desktop().getAppInfo()).rejects.toBeInstanceOf(z.ZodError);
  });

  it('passes on main refusing the call', async () => {
    await expect(desktop().getAppInfo()).rejects.toThrow(/No handler registered/);
  });

  it('keeps zod from probing eval, which the CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
  });
});

const DISPLAYS = [
  { id: 1, label: 'Display 1 (1920 × 1080)', primary: true, width: 1920, height: 1080 },
  { id: 7, label: 'Display 2 (1280 × 720)', primary: false, width: 1280, height: 720 },
];
const STATE = { open: true, displayId: 7, fullScreen: true };

describe('the audience functions', () => {
  it('lists the displays, checking the reply', async () => {
    ipcRenderer.replyWith(() => DISPLAYS);
    await expect(desktop().listDisplays()).resolves.toEqual(DISPLAYS);
    expect(ipcRenderer.invocations).toEqual([{ channel: IPC_CHANNELS.listDisplays, args: [] }]);

    ipcRenderer.replyWith(() => [{ ...DISPLAYS[0], id: 'one' }]);
    await expect(desktop().listDisplays()).rejects.toBeInstanceOf(z.ZodError);
  });

  it('opens the room’s window with exactly the request’s fields', async () => {
    ipcRenderer.replyWith(() => STATE);
    const request = { workshopId: 'workshop:abc', displayId: 7, extra: 'dropped' };
    await expect(desktop().openAudience(request)).resolves.toEqual(STATE);
    expect(ipcRenderer.invocations).toEqual([{ channel: IPC_CHANNELS.openAudience, args: [{ workshopId: 'workshop:abc', displayId: 7 }] }]);
  });

  it('refuses to send a malformed request to main at all', async () => {
    ipcRenderer.replyWith(() => STATE);
    await expect(desktop().openAudience({ workshopId: '../../etc', displayId: null })).rejects.toBeInstanceOf(z.ZodError);
    expect(ipcRenderer.invocations).toEqual([]);
  });

  it('closes the room’s window and resolves to nothing', async () => {
    ipcRenderer.replyWith(() => undefined);
    await expect(desktop().closeAudience()).resolves.toBeUndefined();
    expect(ipcRenderer.invocations).toEqual([{ channel: IPC_CHANNELS.closeAudience, args: [] }]);
  });
});

const SNAPSHOT = {
  id: 'workshop-abc.20260312T090000000Z-manual-0a1b2c3d.outmodel',
  workshopId: 'workshop:abc',
  title: 'Release retro',
  reason: 'manual',
  takenAt: '2026-03-12T09:00:00.000Z',
  bytes: 2,
};
const WRITE = { workshopId: 'workshop:abc', title: 'Release retro', reason: 'manual', content: '{}', keep: 20 } as const;

describe('the snapshot functions', () => {
  it('writes a snapshot with exactly the request’s fields, checking the reply', async () => {
    ipcRenderer.replyWith(() => SNAPSHOT);
    await expect(desktop().writeSnapshot({ ...WRITE, extra: 'dropped' } as typeof WRITE)).resolves.toEqual(SNAPSHOT);
    expect(ipcRenderer.invocations).toEqual([{ channel: IPC_CHANNELS.writeSnapshot, args: [WRITE] }]);

    ipcRenderer.replyWith(() => ({ ...SNAPSHOT, id: '../escape' }));
    await expect(desktop().writeSnapshot(WRITE)).rejects.toBeInstanceOf(z.ZodError);
  });

  it('lists, reads and deletes on their channels, checking each reply', async () => {
    ipcRenderer.replyWith((channel) =>
      channel === IPC_CHANNELS.listSnapshots ? [SNAPSHOT] : channel === IPC_CHANNELS.readSnapshot ? '{"type":"outmodel-workshop"}' : 4,
    );
    await expect(desktop().listSnapshots()).resolves.toEqual([SNAPSHOT]);
    await expect(desktop().readSnapshot(SNAPSHOT.id)).resolves.toBe('{"type":"outmodel-workshop"}');
    await expect(desktop().deleteSnapshots('workshop:abc')).resolves.toBe(4);
    expect(ipcRenderer.invocations).toEqual([
      { channel: IPC_CHANNELS.listSnapshots, args: [] },
      { channel: IPC_CHANNELS.readSnapshot, args: [SNAPSHOT.id] },
      { channel: IPC_CHANNELS.deleteSnapshots, args: ['workshop:abc'] },
    ]);

    ipcRenderer.replyWith((channel) => (channel === IPC_CHANNELS.listSnapshots ? [{ ...SNAPSHOT, bytes: -1 }] : channel === IPC_CHANNELS.readSnapshot ? null : 'all'));
    await expect(desktop().listSnapshots()).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().readSnapshot(SNAPSHOT.id)).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().deleteSnapshots('workshop:abc')).rejects.toBeInstanceOf(z.ZodError);
  });

  it('starts, stops and answers room join on its channels, checking what goes and what comes back', async () => {
    const running = { running: true, url: 'http://127.0.0.1:4300/', code: 'ACDEFG', address: '127.0.0.1', port: 4300, phones: 2 };
    ipcRenderer.replyWith((channel) => (channel === ROOM_CHANNELS.start ? running : channel === ROOM_CHANNELS.stop ? { running: false } : undefined));
    await expect(desktop().startRoom({ address: '127.0.0.1' })).resolves.toEqual(running);
    await expect(desktop().stopRoom()).resolves.toEqual({ running: false });
    await desktop().answerRoomCommand('c1', { ok: false, refusal: 'laneClosed' });
    expect(ipcRenderer.invocations).toEqual([
      { channel: ROOM_CHANNELS.start, args: [{ address: '127.0.0.1' }] },
      { channel: ROOM_CHANNELS.stop, args: [] },
      { channel: ROOM_CHANNELS.answer, args: [{ id: 'c1', answer: { ok: false, refusal: 'laneClosed' } }] },
    ]);
    await expect(desktop().answerRoomCommand('c1', { ok: false, refusal: 'because' as never })).rejects.toBeInstanceOf(z.ZodError);
    ipcRenderer.replyWith(() => ({ running: true, url: 'http://127.0.0.1:4300/' }));
    await expect(desktop().startRoom({ address: '127.0.0.1' })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('refuses to send a malformed request to main at all', async () => {
    ipcRenderer.replyWith(() => SNAPSHOT);
    await expect(desktop().writeSnapshot({ ...WRITE, workshopId: 'workshop:../../etc' })).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().writeSnapshot({ ...WRITE, keep: 0 })).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().readSnapshot('../../etc/passwd')).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().readSnapshot('workshop-abc/x.outmodel')).rejects.toBeInstanceOf(z.ZodError);
    await expect(desktop().deleteSnapshots('workshop:a/b')).rejects.toBeInstanceOf(z.ZodError);
    expect(ipcRenderer.invocations).toEqual([]);
  });
});

describe('messages from main', () => {
  let warnings: string[];

  beforeEach(() => {
    warnings = [];
    vi.spyOn(console, 'warn').mockImplementation((text: string) => {
      warnings.push(text);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands audience events to the listener, without the IPC event, until unsubscribed', () => {
    const received: unknown[] = [];
    const unsubscribe = desktop().onAudienceEvent((event) => received.push(event));
    expect(typeof unsubscribe).toBe('function');
    ipcRenderer.receive(IPC_CHANNELS.audienceEvent, { kind: 'opened', state: STATE });
    ipcRenderer.receive(IPC_CHANNELS.audienceEvent, { kind: 'closed', reason: 'display-removed' });
    unsubscribe();
    ipcRenderer.receive(IPC_CHANNELS.audienceEvent, { kind: 'closed', reason: 'closed' });
    expect(received).toEqual([
      { kind: 'opened', state: STATE },
      { kind: 'closed', reason: 'display-removed' },
    ]);
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.audienceEvent)).toBe(0);
  });

  it('drops a message that breaks the contract', () => {
    const received: unknown[] = [];
    const unsubscribe = desktop().onAudienceEvent((event) => received.push(event));
    ipcRenderer.receive(IPC_CHANNELS.audienceEvent, { kind: 'exploded' });
    ipcRenderer.receive(IPC_CHANNELS.audienceEvent);
    unsubscribe();
    expect(received).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('hands menu commands to the listener, and only valid ones', () => {
    const received: unknown[] = [];
    const unsubscribe = desktop().onMenuCommand((command) => received.push(command));
    ipcRenderer.receive(IPC_CHANNELS.menuCommand, 'undo');
    ipcRenderer.receive(IPC_CHANNELS.menuCommand, 'openAudience');
    ipcRenderer.receive(IPC_CHANNELS.menuCommand, 'rm -rf');
    unsubscribe();
    ipcRenderer.receive(IPC_CHANNELS.menuCommand, 'redo');
    expect(received).toEqual(['undo', 'openAudience']);
    expect(warnings).toEqual(["Outmodel ignored a malformed 'menu:command' message from the main process."]);
  });

  it('keeps each subscription apart', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const unsubscribeFirst = desktop().onMenuCommand((command) => first.push(command));
    const unsubscribeSecond = desktop().onMenuCommand((command) => second.push(command));
    unsubscribeFirst();
    ipcRenderer.receive(IPC_CHANNELS.menuCommand, 'zoomIn');
    unsubscribeSecond();
    expect(first).toEqual([]);
    expect(second).toEqual(['zoomIn']);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => desktop().onMenuCommand('alert(1)' as never)).toThrow(TypeError);
  });
});

