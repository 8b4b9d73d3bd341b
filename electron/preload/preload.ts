import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { AppInfoSchema, DESKTOP_API_GLOBAL, IPC_CHANNELS, type DesktopApi } from '../../shared/ipc';

// The page's CSP forbids eval; without this, zod probes `new Function` and the page reports a
// CSP violation on every start.
z.config({ jitless: true });

/**
 * The whole bridge: named functions of the DesktopApi, each validating what main replies.
 * Never ipcRenderer itself, never a generic send.
 */
const api = {
  getAppInfo: async () => AppInfoSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.getAppInfo)),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
