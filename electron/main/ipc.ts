import type { App, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import {
  AppInfoSchema,
  AudienceEventSchema,
  AudienceStateSchema,
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
  type AppInfo,
  type ExportRequest,
  type ExportResult,
  type OpenedFile,
  type AudienceEvent,
  type IpcChannel,
  type MenuCommand,
  type SnapshotInfo,
  type SnapshotWrite,
  ROOM_CHANNELS,
  RoomAnswerMessageSchema,
  RoomCommandMessageSchema,
  RoomInterfaceSchema,
  RoomStartSchema,
  RoomStatusSchema,
  RoomViewsSchema,
  type RoomCommandMessage,
} from '../../shared/ipc';
import type { RoomAnswer, RoomInterface, RoomStart, RoomStatus, RoomViews } from '../../shared/room';
import type { AudienceWindows } from './audience';
import { isAppUrl } from './app-origin';

/** The contract's workshop id, as the snapshot requests carry it. */
const WorkshopIdSchema = SnapshotWriteSchema.shape.workshopId;

/** Thrown (and so rejected in the renderer) when a frame outside the app calls a channel. */
export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}

type Sender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Only the app's own page, loaded from app://outmodel/, may call the main process. */
export function assertAppSender(event: Sender, channel: IpcChannel): void {
  const url = event.senderFrame?.url;
  if (!isAppUrl(url)) {
    throw new ForeignSenderError(`Refused '${channel}': it was not called from an Outmodel window (${url || 'no frame'}).`);
  }
}

interface ChannelContract<Args extends z.ZodType<unknown[]>, Reply extends z.ZodType> {
  channel: IpcChannel;
  args: Args;
  reply: Reply;
}

/** Registers one channel: check the sender, validate the arguments, validate the reply. */
function handleFromApp<Args extends z.ZodType<unknown[]>, Reply extends z.ZodType>(
  ipcMain: Pick<IpcMain, 'handle'>,
  contract: ChannelContract<Args, Reply>,
  perform: (args: z.output<Args>, event: IpcMainInvokeEvent) => z.input<Reply> | Promise<z.input<Reply>>,
): void {
  ipcMain.handle(contract.channel, async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    assertAppSender(event, contract.channel);
    const args = contract.args.parse(rawArgs);
    return contract.reply.parse(await perform(args, event));
  });
}

export interface IpcDependencies {
  ipcMain: Pick<IpcMain, 'handle'>;
  app: Pick<App, 'getVersion'>;
  audience: Pick<AudienceWindows, 'listDisplays' | 'open' | 'close'>;
  files: {
    export(request: ExportRequest): Promise<ExportResult>;
    /** The files waiting to be opened; `sender` is the page that will hear about later ones. */
    takeOpened(sender: IpcMainInvokeEvent['sender']): OpenedFile[];
  };
  snapshots: {
    write(request: SnapshotWrite): Promise<SnapshotInfo>;
    list(): Promise<SnapshotInfo[]>;
    read(id: string): Promise<string>;
    deleteWorkshop(workshopId: string): Promise<number>;
  };
  room: {
    interfaces(): RoomInterface[];
    /** `host` is the page that started it: it hears the phones' commands. */
    start(request: RoomStart, host: IpcMainInvokeEvent['sender']): Promise<RoomStatus>;
    stop(): Promise<RoomStatus>;
    status(): RoomStatus;
    publish(views: RoomViews): void;
    answer(id: string, answer: RoomAnswer): void;
  };
  platform?: NodeJS.Platform;
}

/** The channels the renderer invokes; the others are messages main sends (see `sendToRenderer`). */
export const INVOKE_CHANNELS = [
  IPC_CHANNELS.getAppInfo,
  IPC_CHANNELS.listDisplays,
  IPC_CHANNELS.openAudience,
  IPC_CHANNELS.closeAudience,
  IPC_CHANNELS.exportFile,
  IPC_CHANNELS.takeOpenedFiles,
  IPC_CHANNELS.writeSnapshot,
  IPC_CHANNELS.listSnapshots,
  IPC_CHANNELS.readSnapshot,
  IPC_CHANNELS.deleteSnapshots,
  ROOM_CHANNELS.interfaces,
  ROOM_CHANNELS.start,
  ROOM_CHANNELS.stop,
  ROOM_CHANNELS.status,
  ROOM_CHANNELS.publish,
  ROOM_CHANNELS.answer,
] as const;

export function registerIpcHandlers({ ipcMain, app, audience, files, snapshots, room, platform = process.platform }: IpcDependencies): void {
  registerRoomHandlers(ipcMain, room);
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.getAppInfo, args: z.tuple([]), reply: AppInfoSchema },
    (): AppInfo => ({ name: 'Outmodel', version: app.getVersion(), shell: 'electron', os: platform }),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.listDisplays, args: z.tuple([]), reply: z.array(DisplaySchema) },
    () => audience.listDisplays(),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.openAudience, args: z.tuple([OpenAudienceSchema]), reply: AudienceStateSchema },
    ([request]) => audience.open(request),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.closeAudience, args: z.tuple([]), reply: z.undefined() },
    () => {
      audience.close();
      return undefined;
    },
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.exportFile, args: z.tuple([ExportRequestSchema]), reply: ExportResultSchema },
    ([request]) => files.export(request),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.takeOpenedFiles, args: z.tuple([]), reply: z.array(OpenedFileSchema) },
    (_args, event) => files.takeOpened(event.sender),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.writeSnapshot, args: z.tuple([SnapshotWriteSchema]), reply: SnapshotInfoSchema },
    ([request]) => snapshots.write(request),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.listSnapshots, args: z.tuple([]), reply: z.array(SnapshotInfoSchema) },
    () => snapshots.list(),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.readSnapshot, args: z.tuple([SnapshotIdSchema]), reply: z.string().max(MAX_TRANSFER_CHARS) },
    ([id]) => snapshots.read(id),
  );
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.deleteSnapshots, args: z.tuple([WorkshopIdSchema]), reply: z.number().int().min(0) },
    ([workshopId]) => snapshots.deleteWorkshop(workshopId),
  );
}

function registerRoomHandlers(ipcMain: Pick<IpcMain, 'handle'>, room: IpcDependencies['room']): void {
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.interfaces, args: z.tuple([]), reply: z.array(RoomInterfaceSchema) }, () => room.interfaces());
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.start, args: z.tuple([RoomStartSchema]), reply: RoomStatusSchema }, ([request], event) => room.start(request, event.sender));
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.stop, args: z.tuple([]), reply: RoomStatusSchema }, () => room.stop());
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.status, args: z.tuple([]), reply: RoomStatusSchema }, () => room.status());
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.publish, args: z.tuple([RoomViewsSchema]), reply: z.undefined() }, ([views]) => {
    room.publish(views);
    return undefined;
  });
  handleFromApp(ipcMain, { channel: ROOM_CHANNELS.answer, args: z.tuple([RoomAnswerMessageSchema]), reply: z.undefined() }, ([{ id, answer }]) => {
    room.answer(id, answer);
    return undefined;
  });
}

type Recipient = Pick<WebContents, 'send' | 'isDestroyed'> & { getURL(): string };

/** What main may send, each with the schema its payload is checked against before it leaves. */
const MESSAGES = {
  [IPC_CHANNELS.audienceEvent]: AudienceEventSchema,
  [IPC_CHANNELS.menuCommand]: MenuCommandSchema,
  [IPC_CHANNELS.fileOpened]: OpenedFileSchema,
  [ROOM_CHANNELS.statusChanged]: RoomStatusSchema,
  [ROOM_CHANNELS.command]: RoomCommandMessageSchema,
} as const;
type MessageChannel = keyof typeof MESSAGES;
type MessagePayload<C extends MessageChannel> = z.input<(typeof MESSAGES)[C]>;

/**
 * Sends a validated message to one of the app's pages; returns whether it was sent. A page that
 * is gone, or one that is not the app (it could only be after a navigation the app refuses), gets nothing.
 */
export function sendToRenderer<C extends MessageChannel>(recipient: Recipient | null | undefined, channel: C, payload: MessagePayload<C>): boolean {
  const message = MESSAGES[channel].parse(payload);
  if (!recipient || recipient.isDestroyed() || !isAppUrl(recipient.getURL())) return false;
  recipient.send(channel, message);
  return true;
}

export function sendAudienceEvent(recipient: Recipient | null | undefined, event: AudienceEvent): boolean {
  return sendToRenderer(recipient, IPC_CHANNELS.audienceEvent, event);
}

export function sendMenuCommand(recipient: Recipient | null | undefined, command: MenuCommand): boolean {
  return sendToRenderer(recipient, IPC_CHANNELS.menuCommand, command);
}

export function sendOpenedFile(recipient: Recipient | null | undefined, file: OpenedFile): boolean {
  return sendToRenderer(recipient, IPC_CHANNELS.fileOpened, file);
}

export function sendRoomStatus(recipient: Recipient | null | undefined, status: RoomStatus): boolean {
  return sendToRenderer(recipient, ROOM_CHANNELS.statusChanged, status);
}

export function sendRoomCommand(recipient: Recipient | null | undefined, message: RoomCommandMessage): boolean {
  return sendToRenderer(recipient, ROOM_CHANNELS.command, message);
}
