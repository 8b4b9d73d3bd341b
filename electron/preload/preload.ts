import './zod-setup';
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
  MAX_TRANSFER_CHARS,
  SnapshotIdSchema,
  SnapshotInfoSchema,
  SnapshotWriteSchema,
  ROOM_CHANNELS,
  RoomAnswerMessageSchema,
  RoomCommandMessageSchema,
  RoomInterfaceSchema,
  RoomStartSchema,
  RoomStatusSchema,
  RoomViewsSchema,
  type DesktopApi,
} from '../../shared/ipc';


const WorkshopIdSchema = SnapshotWriteSchema.shape.workshopId;
const SnapshotTextSchema = z.string().max(MAX_TRANSFER_CHARS);

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
  writeSnapshot: async (request) =>
    SnapshotInfoSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.writeSnapshot, SnapshotWriteSchema.parse(request))),
  listSnapshots: async () => z.array(SnapshotInfoSchema).parse(await ipcRenderer.invoke(IPC_CHANNELS.listSnapshots)),
  readSnapshot: async (id) => SnapshotTextSchema.parse(await ipcRenderer.invoke(IPC_CHANNELS.readSnapshot, SnapshotIdSchema.parse(id))),
  deleteSnapshots: async (workshopId) =>
    z.number().int().min(0).parse(await ipcRenderer.invoke(IPC_CHANNELS.deleteSnapshots, WorkshopIdSchema.parse(workshopId))),
  roomInterfaces: async () => z.array(RoomInterfaceSchema).parse(await ipcRenderer.invoke(ROOM_CHANNELS.interfaces)),
  startRoom: async (request) => RoomStatusSchema.parse(await ipcRenderer.invoke(ROOM_CHANNELS.start, RoomStartSchema.parse(request))),
  stopRoom: async () => RoomStatusSchema.parse(await ipcRenderer.invoke(ROOM_CHANNELS.stop)),
  roomStatus: async () => RoomStatusSchema.parse(await ipcRenderer.invoke(ROOM_CHANNELS.status)),
  onRoomStatus: (listener) => subscribe(ROOM_CHANNELS.statusChanged, RoomStatusSchema, listener),
  onRoomCommand: (listener) => subscribe(ROOM_CHANNELS.command, RoomCommandMessageSchema, listener),
  answerRoomCommand: async (id, answer) => {
    await ipcRenderer.invoke(ROOM_CHANNELS.answer, RoomAnswerMessageSchema.parse({ id, answer }));
  },
  publishRoom: async (views) => {
    await ipcRenderer.invoke(ROOM_CHANNELS.publish, RoomViewsSchema.parse(views));
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
