import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DESKTOP_API_GLOBAL, IPC_CHANNELS, type DesktopApi } from '../../../shared/ipc';
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
      ['closeAudience', 'exportFile', 'getAppInfo', 'listDisplays', 'onAudienceEvent', 'onFileOpened', 'onMenuCommand', 'openAudience', 'takeOpenedFiles'].sort(),
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

