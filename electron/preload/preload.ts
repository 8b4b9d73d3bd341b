import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { z } from 'zod';
import {
  AppInfoSchema,
  AudienceEventSchema,
  AudienceStateSchema,
  DESKTOP_API_GLOBAL,
  DisplaySchema,
  IPC_CHANNELS,
  MenuCommandSchema,
  OpenAudienceSchema,
  ExportRequestSchema,
  ExportResultSchema,
  OpenedFileSchema,
  type DesktopApi,
} from '../../shared/ipc';

// The page's CSP forbids eval; without this, zod probes `new Function` and the page reports a
// CSP violation on every start.
z.config({ jitless: true });

/**
 * Subscribes `listener` to one message channel from main. The page gets only the validated
 * payload, never the IPC event (it would hand over `sender`, that is ipcRenderer itself); a
 * message that breaks the contract is dropped. Returns the unsubscribe.
 */
function subscribe<T>(channel: string, schema: z.ZodType<T>, listener: (payload: T) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError(`A listener for ${channel} must be a function.`);
  const handler = (_event: IpcRendererEvent, payload: unknown): void => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data);
    else console.warn(`Outmodel ignored a malformed '${channel}' message from the main process.`);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

/**
 * The whole bridge: named functions of the DesktopApi, each validating what it sends and what
 * main replies. Never ipcRenderer itself, never a generic send or listen.
 */
const api = {
  getAppInfo: async () => AppInfoSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.getAppInfo)),
  listDisplays: async () => z.array(DisplaySchema).parse(await ipcRenderer.invoke(IPC_CHANNELS.listDisplays)),
  openAudience: async (request) =>
    AudienceStateSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.openAudience, OpenAudienceSchema.parse(request))),
  closeAudience: async () => {
    await ipcRenderer.invoke(IPC_CHANNELS.closeAudience);
  },
  onAudienceEvent: (listener) => subscribe(IPC_CHANNELS.audienceEvent, AudienceEventSchema, listener),
  onMenuCommand: (listener) => subscribe(IPC_CHANNELS.menuCommand, MenuCommandSchema, listener),
  exportFile: async (request) => ExportResultSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.exportFile, ExportRequestSchema.parse(request))),
  takeOpenedFiles: async () => z.array(OpenedFileSchema).parse(await ipcRenderer.invoke(IPC_CHANNELS.takeOpenedFiles)),
  onFileOpened: (listener) => subscribe(IPC_CHANNELS.fileOpened, OpenedFileSchema, listener),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
