import { z } from 'zod';
import type { RoomAnswer, RoomInterface, RoomStart, RoomStatus, RoomViews } from '../room/protocol';
import { ROOM_CHANNELS, type RoomCommandMessage } from './room';
import { EXPORT_FORMAT_NAMES, IPC_CHANNELS, MAX_SNAPSHOTS_KEPT, MAX_TRANSFER_CHARS, SNAPSHOT_REASONS } from './constants';

export * from './room';
export * from './constants';

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS] | (typeof ROOM_CHANNELS)[keyof typeof ROOM_CHANNELS];

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Where this renderer runs: the desktop app, or a plain browser (`npm run web`). */
  shell: z.enum(['electron', 'browser']),
  /** The operating system (Node's `process.platform`), or the browser's user agent platform. */
  os: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const DisplaySchema = z.object({
  id: z.number().int(),
  label: z.string().max(200),
  primary: z.boolean(),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
});
export type DisplayInfo = z.infer<typeof DisplaySchema>;

/** Which workshop the audience window shows, and on which display (none: the remembered or default one). */
export const OpenAudienceSchema = z.object({
  workshopId: z.string().regex(/^workshop:[A-Za-z0-9-]{1,64}$/),
  displayId: z.number().int().nullable(),
});
export type OpenAudience = z.infer<typeof OpenAudienceSchema>;

export const AudienceStateSchema = z.object({
  open: z.boolean(),
  displayId: z.number().int().nullable(),
  fullScreen: z.boolean(),
});
export type AudienceState = z.infer<typeof AudienceStateSchema>;

export const AudienceEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), state: AudienceStateSchema }),
  z.object({ kind: z.literal('moved'), state: AudienceStateSchema }),
  /** Closed by the person, or because its display was unplugged. */
  z.object({ kind: z.literal('closed'), reason: z.enum(['closed', 'display-removed']) }),
]);
export type AudienceEvent = z.infer<typeof AudienceEventSchema>;

/**
 * The application menu's items that are the renderer's own actions: main sends the name, the
 * facilitator's window performs the action (exactly as its shortcut or button would).
 */
export const MenuCommandSchema = z.enum([
  'newWorkshop',
  'openWorkshop',
  'undo',
  'redo',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  /** Open the audience window for the workshop on screen (main cannot know which that is). */
  'openAudience',
  'exportWorkshop',
  'backupAll',
  /** Restore a snapshot: the list of snapshots kept, with dates. */
  'snapshots',
  'guide',
  'about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const ExportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES),
  /** The file name offered in the save dialog, without folder; main cleans it again. */
  suggestedName: z.string().min(1).max(200),
  content: z.string().max(MAX_TRANSFER_CHARS),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportResultSchema = z.discriminatedUnion('status', [
  /** Written whole; `path` is where (null in a browser, which downloads). */
  z.object({ status: z.literal('saved'), path: z.string().nullable() }),
  z.object({ status: z.literal('cancelled') }),
  /** Nothing was written, or what was half-written was removed; `reason` is the system's words. */
  z.object({ status: z.literal('failed'), reason: z.string().max(2000) }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const OpenedFileSchema = z.object({
  name: z.string().max(1000),
  /** The file's text, or null with `problem` when it could not be read. */
  text: z.string().max(MAX_TRANSFER_CHARS).nullable(),
  problem: z.enum(['too-large', 'unreadable']).nullable(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

const WorkshopIdField = z.string().regex(/^workshop:[A-Za-z0-9-]{1,64}$/);
/** A snapshot's name in the store: letters, digits, dot, dash and underscore only (never a path). */
export const SnapshotIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/);

export const SnapshotWriteSchema = z.object({
  workshopId: WorkshopIdField,
  title: z.string().max(200),
  reason: z.enum(SNAPSHOT_REASONS),
  /** The workshop file (JSON text) the renderer serialised. */
  content: z.string().min(2).max(MAX_TRANSFER_CHARS),
  /** How many snapshots of this workshop to keep, the newest; older ones are removed after the write. */
  keep: z.number().int().min(1).max(MAX_SNAPSHOTS_KEPT),
});
export type SnapshotWrite = z.infer<typeof SnapshotWriteSchema>;

export const SnapshotInfoSchema = z.object({
  id: SnapshotIdSchema,
  workshopId: WorkshopIdField,
  title: z.string().max(200),
  reason: z.enum(SNAPSHOT_REASONS),
  /** When it was taken (ISO timestamp). */
  takenAt: z.string().max(40),
  bytes: z.number().int().min(0),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;

/** What the renderer may ask of the operating system; in Electron the preload exposes exactly this. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  listDisplays(): Promise<DisplayInfo[]>;
  /** Opens (or moves) the room's window: full screen on a second display, a normal window on one. */
  openAudience(request: OpenAudience): Promise<AudienceState>;
  closeAudience(): Promise<void>;
  /** Tells the facilitator's window what became of the audience window; returns an unsubscribe. */
  onAudienceEvent(listener: (event: AudienceEvent) => void): () => void;
  /** Tells the facilitator's window which menu command was chosen; returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves an export: a native save dialog and an atomic write, or a download in a browser. */
  exportFile(request: ExportRequest): Promise<ExportResult>;
  /** Workshop files the app was opened with (double-click) before the page listened; empties the queue. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  /** Tells the facilitator's window about a workshop file opened later; returns an unsubscribe. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /**
   * Keeps a snapshot of a workshop, written atomically; then removes the oldest beyond `keep`.
   * Desktop: workshop files in the app's data folder. Browser: a second database.
   */
  writeSnapshot(request: SnapshotWrite): Promise<SnapshotInfo>;
  /** Every snapshot kept, newest first. */
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** A snapshot's workshop file text; rejects when it is gone. */
  readSnapshot(id: string): Promise<string>;
  /** Removes every snapshot of one workshop; returns how many went. */
  deleteSnapshots(workshopId: string): Promise<number>;
  /** The network interfaces room join can listen on: the LAN ones, then this computer only. */
  roomInterfaces(): Promise<RoomInterface[]>;
  /** Starts room join on one interface; nothing listens before. */
  startRoom(request: RoomStart): Promise<RoomStatus>;
  /** Stops room join: the listener and every phone's session close at once. */
  stopRoom(): Promise<RoomStatus>;
  roomStatus(): Promise<RoomStatus>;
  /** Tells every window when room join starts, stops, or its phones change; returns an unsubscribe. */
  onRoomStatus(listener: (status: RoomStatus) => void): () => void;
  /** Hands the facilitator's window each phone's command; answer it with `answerRoomCommand`. */
  onRoomCommand(listener: (message: RoomCommandMessage) => void): () => void;
  /** The window's answer, sent once the write is committed (the phone hears it only then). */
  answerRoomCommand(id: string, answer: RoomAnswer): Promise<void>;
  /** What each group's phones may see and do now. */
  publishRoom(views: RoomViews): Promise<void>;
}
