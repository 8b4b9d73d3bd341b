import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ForeignSenderError, registerIpcHandlers } from '../../../electron/main/ipc';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { ipcMain, reset } from '../../fakes/electron';

const APP_PAGE = 'app://outmodel/index.html';
let versionReads: number;

function register(version: unknown = '1.2.3'): void {
  registerIpcHandlers({
    ipcMain,
    app: {
      getVersion: () => {
        versionReads += 1;
        return version as string;
      },
    },
    platform: 'linux',
  });
}

beforeEach(() => {
  reset();
  versionReads = 0;
});

describe('IPC handlers', () => {
  it('handles every channel of the contract, and only those', () => {
    register();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
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

  it.each(['https://evil.example/', 'file:///index.html', 'app://evil.example/index.html', 'http://127.0.0.1:5174/', ''])(
    'rejects a call from a frame at %j before doing any work',
    async (senderUrl) => {
      register();
      await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, senderUrl)).rejects.toBeInstanceOf(ForeignSenderError);
      expect(versionReads).toBe(0);
    },
  );

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
