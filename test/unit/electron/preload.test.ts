import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
    expect(Object.keys(api)).toEqual(['getAppInfo']);
    expect(typeof api.getAppInfo).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
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
